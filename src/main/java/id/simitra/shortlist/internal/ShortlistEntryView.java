package id.simitra.shortlist.internal;

import java.time.Instant;
import java.util.List;

import id.simitra.reference.SizeClass;

/**
 * One UMKM on a shortlist, with what the list page and the CSV export show of it (never
 * contact details).
 */
public record ShortlistEntryView(Long umkmId, String businessName, String regencyName, String provinceName,
		SizeClass sizeClass, List<String> kbliCodes, boolean hasNib, long productCount, Instant addedAt) {
}
