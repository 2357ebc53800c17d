package id.simitra.umkm;

import java.util.Collection;
import java.util.Map;

/**
 * What the umkm module needs to know about an UMKM's products: three readiness items and
 * two quotas. The product module depends on umkm (it lists products of an UMKM and checks
 * umkm's quotas), so umkm must not read product's tables or types: umkm states the
 * question here and product answers it with a Spring bean (issue 11: no loop between the
 * two, in Java or in SQL).
 */
public interface UmkmProductFacts {

	/**
	 * The readiness facts of several UMKM at once; an UMKM without products may be left
	 * out.
	 */
	Map<Long, Facts> factsOf(Collection<Long> umkmIds);

	/** How many products the UMKM lists (the products quota). */
	long productCount(Long umkmId);

	/**
	 * Bytes of the UMKM's product photos with their thumbnails (part of its storage
	 * quota).
	 */
	long photoBytes(Long umkmId);

	/**
	 * {@code product}: at least one product; {@code capacity}: one whose monthly capacity
	 * covers its own minimum order; {@code photos}: at least one product photo.
	 */
	record Facts(boolean product, boolean capacity, boolean photos) {

		public static final Facts NONE = new Facts(false, false, false);

	}

}
