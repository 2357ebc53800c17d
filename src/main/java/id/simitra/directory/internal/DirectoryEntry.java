package id.simitra.directory.internal;

import org.jspecify.annotations.Nullable;

import id.simitra.reference.SizeClass;

/**
 * One UMKM in directory results, with up to three of its products (the matching ones
 * first).
 */
public record DirectoryEntry(Long umkmId, String businessName, String regencyName, SizeClass sizeClass,
		long productCount, @Nullable String sampleProducts, @Nullable String kbliCodes, boolean verified,
		@Nullable Long distanceKm) {
}
