package id.simitra.umkm;

import java.util.Locale;
import java.util.regex.Matcher;
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
		String defaultIssuer, boolean hasExpiry, boolean foodRelated, boolean active, boolean issueDateRequired) {

	private static final Log log = LogFactory.getLog(CertificateTypeView.class);

	/**
	 * What people write before a number ("No.", "Nomor:"), after spaces are removed and
	 * letters upper-cased.
	 */
	private static final String NUMBER_LABEL = "(NO\\.?|NOMOR)?:?";

	/**
	 * "P-IRT No. 206127101002024-29" as printed: the label, then 15 digits (at least 13
	 * in older numbers), a hyphen and the 2-digit expiry year.
	 */
	private static final Pattern PIRT_PRINTED = Pattern.compile(
			"^(P[-.]?IRT)?" + NUMBER_LABEL + "([0-9]{13,18})-([0-9]{2})$|^(P[-.]?IRT)?" + NUMBER_LABEL + "([0-9]+)$");

	/** "BPOM RI MD 224512001234", "MD. 2245-1200-1234". */
	private static final Pattern BPOM_PRINTED = Pattern
		.compile("^(BPOM)?(RI)?" + NUMBER_LABEL + "(MD|ML)[.:-]?([0-9][0-9.-]*[0-9])$");

	/** "No. ID 0021 0012345 670824", "ID-00210012345670824". */
	private static final Pattern HALAL_PRINTED = Pattern.compile("^" + NUMBER_LABEL + "(ID)[.:-]?([0-9A-Z.-]+)$");

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

	/**
	 * The number as stored: {@link #normalizeNumber} and, for the kinds whose printed
	 * form differs from the number, what people copy from the paper taken off (issue 15):
	 * P-IRT's label and the hyphen before the expiry year ("P-IRT No. 206127101002024-29"
	 * is 20612710100202429), BPOM's "BPOM RI" and separators ("MD 2245-1200-1234" is
	 * MD224512001234), halal's label and separators ("ID 0021-0012345-670824" is
	 * ID00210012345670824). Anything else is left for {@link #accepts} to refuse.
	 */
	public String normalize(String raw) {
		String n = normalizeNumber(raw);
		Matcher m;
		switch (code) {
			case "PIRT" -> {
				m = PIRT_PRINTED.matcher(n);
				if (m.matches()) {
					return m.group(3) != null ? m.group(3) + m.group(4) : m.group(7);
				}
			}
			case "BPOM" -> {
				m = BPOM_PRINTED.matcher(n);
				if (m.matches()) {
					return m.group(4) + m.group(5).replaceAll("[.-]", "");
				}
			}
			case "HALAL" -> {
				m = HALAL_PRINTED.matcher(n);
				if (m.matches()) {
					return m.group(2) + m.group(3).replaceAll("[.-]", "");
				}
			}
			default -> {
				// other kinds keep their separators (NPWP's dots and hyphen are part of
				// its pattern)
			}
		}
		return n;
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
