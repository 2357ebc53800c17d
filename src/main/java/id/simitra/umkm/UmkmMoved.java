package id.simitra.umkm;

/**
 * An UMKM's regency changed (its owner moved the business, or corrected the regency).
 * Modules that keep a copy of where an UMKM is, so that their lists and the officers'
 * reports need not join the UMKM table (issue 12), bring theirs up to date.
 *
 * @param umkmId the UMKM
 * @param regencyCode its regency now
 */
public record UmkmMoved(Long umkmId, String regencyCode) {
}
