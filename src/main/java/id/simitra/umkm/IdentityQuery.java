package id.simitra.umkm;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A search of the officers' identity queue (issue 16 §2): business or owner name (part of
 * it), one regency of the officer's province, and registered on or before a day ("waiting
 * since"). Blank parts are left out.
 */
public record IdentityQuery(@Nullable String name, @Nullable String regencyCode, @Nullable LocalDate registeredUntil) {

	public static final IdentityQuery NONE = new IdentityQuery(null, null, null);

	public IdentityQuery {
		name = name == null || name.isBlank() ? null : name.strip();
		regencyCode = regencyCode == null || regencyCode.isBlank() ? null : regencyCode.strip();
	}

}
