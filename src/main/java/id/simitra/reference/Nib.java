package id.simitra.reference;

import org.jspecify.annotations.Nullable;

/**
 * NIB (Nomor Induk Berusaha) from OSS: exactly 13 digits. Optional for UMKM, a readiness
 * gap when absent.
 */
public final class Nib {

	public static final String REGEX = "^$|^[0-9]{13}$";

	private Nib() {
	}

	/**
	 * Blank means "no NIB yet"; spaces that people type between digit groups are dropped.
	 */
	public static @Nullable String normalize(String raw) {
		if (raw == null) {
			return null;
		}
		String digits = raw.replaceAll("[\\s.-]", "");
		return digits.isEmpty() ? null : digits;
	}

}
