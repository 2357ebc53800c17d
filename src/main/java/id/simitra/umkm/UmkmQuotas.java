package id.simitra.umkm;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import id.simitra.platform.QuotaExceededException;

/**
 * How much one business may keep, so that one account cannot fill the database:
 * certificates, products, and the bytes of its stored files (documents it uploaded:
 * certificate scans and offer attachments; product photos with their thumbnails, counted
 * by the product module through {@link UmkmProductFacts}). Agreements are the company's
 * uploads and count against the company's own storage quota instead
 * (stored_document.company_id set). The numbers are settings (simitra.quota.*,
 * docs/limits.md). Checked by the services just before they save, so every way in is
 * covered; the forms turn the refusal into a message next to what the person typed.
 * <p>
 * A count, then an insert: uploads arriving at the same moment may each pass at the
 * limit, so the total can go over by what is in flight at once (a few files for one
 * person; a script could push further). Accepted for now: cheaper than locking the
 * business for every save; a per-UMKM advisory lock would close it.
 */
@Component
public class UmkmQuotas {

	private final JdbcClient jdbc;

	private final UmkmProductFacts products;

	private final long maxCertificates;

	private final long maxProducts;

	private final DataSize maxStorage;

	private final DataSize maxCompanyStorage;

	UmkmQuotas(JdbcClient jdbc, UmkmProductFacts products,
			@Value("${simitra.quota.certificates:50}") long maxCertificates,
			@Value("${simitra.quota.products:500}") long maxProducts,
			@Value("${simitra.quota.storage:200MB}") DataSize maxStorage,
			@Value("${simitra.quota.company-storage:200MB}") DataSize maxCompanyStorage) {
		this.jdbc = jdbc;
		this.products = products;
		this.maxCertificates = maxCertificates;
		this.maxProducts = maxProducts;
		this.maxStorage = maxStorage;
		this.maxCompanyStorage = maxCompanyStorage;
	}

	/** Before adding a certificate. */
	public void certificateSlot(Long umkmId) {
		if (certificatesFull(umkmId)) {
			throw new QuotaExceededException("quota.certificates", maxCertificates);
		}
	}

	/** For the empty form: tell them before they type. */
	public boolean certificatesFull(Long umkmId) {
		long certificates = jdbc.sql("select count(*) from umkm_certificate where umkm_id = :umkm")
			.param("umkm", umkmId)
			.query(Long.class)
			.single();
		return certificates >= maxCertificates;
	}

	/** Before adding a product. */
	public void productSlot(Long umkmId) {
		if (productsFull(umkmId)) {
			throw new QuotaExceededException("quota.products", maxProducts);
		}
	}

	public boolean productsFull(Long umkmId) {
		return products.productCount(umkmId) >= maxProducts;
	}

	/** Before storing this many more bytes of the business's files. */
	public void storageFor(Long umkmId, long bytes) {
		if (storedBytes(umkmId) + bytes > maxStorage.toBytes()) {
			throw new QuotaExceededException("quota.storage", maxStorage.toMegabytes());
		}
	}

	long storedBytes(Long umkmId) {
		long documents = jdbc.sql("""
				select coalesce(sum(d.size_bytes), 0) from stored_document d
				where d.umkm_id = :umkm and d.company_id is null
				""").param("umkm", umkmId).query(Long.class).single();
		return documents + products.photoBytes(umkmId);
	}

	/**
	 * Before a company stores this many more bytes (agreements, also the replaced ones
	 * kept for the audit trail, across all its partnerships). Kept here with the UMKM's
	 * storage quota: both are about the same table.
	 */
	public void companyStorageFor(Long companyId, long bytes) {
		long stored = jdbc.sql("select coalesce(sum(size_bytes), 0) from stored_document where company_id = :company")
			.param("company", companyId)
			.query(Long.class)
			.single();
		if (stored + bytes > maxCompanyStorage.toBytes()) {
			throw new QuotaExceededException("quota.companyStorage", maxCompanyStorage.toMegabytes());
		}
	}

}
