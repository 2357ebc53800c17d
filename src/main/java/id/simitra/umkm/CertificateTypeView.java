package id.simitra.umkm;

import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import id.simitra.umkm.internal.Certificate;

/**
 * A kind of permit or certificate. {@code numberPattern} applies to the number after
 * spaces are removed and letters upper-cased; kinds without a published format (null
 * pattern) take any 3–60 characters.
 */
public record CertificateTypeView(String code, String name, String nameEn, String numberPattern, String numberExample,
		String defaultIssuer, boolean hasExpiry, boolean foodRelated, boolean active) {

	private static final Log log = LogFactory.getLog(CertificateTypeView.class);

	/** The name in the reader's language. */
	public String label(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) ? nameEn : name;
	}

	/**
	 * Spaces dropped and letters upper-cased, as people type "md 2245 1200 1234" for
	 * MD224512001234.
	 */
	public static String normalizeNumber(String raw) {
		return raw == null ? "" : raw.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
	}

	/** Whether a normalized number has this kind's format. */
	public boolean accepts(String normalized) {
		if (normalized == null || normalized.length() < 3 || normalized.length() > 60) {
			return false;
		}
		if (numberPattern == null || numberPattern.isBlank()) {
			return true;
		}
		try {
			return Pattern.compile(numberPattern).matcher(normalized).matches();
		}
		catch (PatternSyntaxException ex) {
			// Kinds can be added by an administrator; a broken pattern must not lock
			// owners out.
			log.warn("Certificate type " + code + " has an invalid number pattern: " + ex.getMessage());
			return true;
		}
	}

	public boolean hasExample() {
		return numberExample != null && !numberExample.isBlank();
	}

}
