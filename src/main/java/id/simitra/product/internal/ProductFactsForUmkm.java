package id.simitra.product.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.simitra.umkm.UmkmProductFacts;

/**
 * Product's answer to umkm's question about an UMKM's products (readiness, quotas). umkm
 * depends on no product type: it asks through its own {@link UmkmProductFacts}, which
 * this bean implements over product's own tables.
 */
@Component
class ProductFactsForUmkm implements UmkmProductFacts {

	private final JdbcClient jdbc;

	ProductFactsForUmkm(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<Long, Facts> factsOf(Collection<Long> umkmIds) {
		Map<Long, Facts> result = new HashMap<>();
		if (umkmIds.isEmpty()) {
			return result;
		}
		jdbc.sql("""
				select p.umkm_id, bool_or(p.monthly_capacity >= p.minimum_order) as capacity,
				       bool_or(exists (select 1 from product_photo ph where ph.product_id = p.id)) as photos
				from product p where p.umkm_id in (:ids)
				group by p.umkm_id
				""")
			.param("ids", umkmIds)
			.query((rs, n) -> result.put(rs.getLong("umkm_id"),
					new Facts(true, rs.getBoolean("capacity"), rs.getBoolean("photos"))))
			.list();
		return result;
	}

	@Override
	public long productCount(Long umkmId) {
		return jdbc.sql("select count(*) from product where umkm_id = :umkm")
			.param("umkm", umkmId)
			.query(Long.class)
			.single();
	}

	@Override
	public long photoBytes(Long umkmId) {
		return jdbc.sql("""
				select coalesce(sum(octet_length(ph.image) + octet_length(ph.thumbnail)), 0)
				from product_photo ph join product pr on pr.id = ph.product_id
				where pr.umkm_id = :umkm
				""").param("umkm", umkmId).query(Long.class).single();
	}

}
