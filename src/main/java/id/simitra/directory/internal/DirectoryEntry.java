package id.simitra.directory.internal;

import id.simitra.reference.SizeClass;

/** One UMKM in directory results, with up to three of its products (the matching ones first). */
public record DirectoryEntry(Long umkmId, String businessName, String regencyName, SizeClass sizeClass,
		long productCount, String sampleProducts, String kbliCodes, boolean verified, Long distanceKm) {
}
