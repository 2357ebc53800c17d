package id.simitra.umkm;

/**
 * Whether a company works with an UMKM closely enough to read its certificate and
 * identity scans: implemented by the partnership module (which depends on this one, so
 * this module asks through an interface and never reads partnership tables itself).
 */
public interface UmkmPartners {

	/**
	 * True when the company owned by this account has a partnership with the UMKM that
	 * was at least proposed and not declined or rejected (a draft does not count: the
	 * UMKM was never told).
	 */
	boolean sharesPapers(Long companyAccountId, Long umkmId);

}
