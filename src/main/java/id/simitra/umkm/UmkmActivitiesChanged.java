package id.simitra.umkm;

/**
 * An UMKM's registered KBLI codes changed (its owner added, removed or replaced one).
 * Modules that keep a copy of what an UMKM does, so that the officers' reports need not
 * join its activities (issue 12), bring theirs up to date.
 *
 * @param umkmId the UMKM
 */
public record UmkmActivitiesChanged(Long umkmId) {
}
