package id.simitra.directory;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public storefront shows beyond the profile: what the Dinas verified and when, and the photos of
 * the listed products. Read straight from the tables with SQL, so the storefront does not depend on the
 * certificate module's Java classes (built separately), only on its published schema (V7).
 */
@Service
public class StorefrontService {

	/** Dates are the dates in North Sumatra: a certificate expiring "today" is still valid all of today there. */
	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	private final JdbcClient jdbc;

	StorefrontService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Verifications verificationsOf(Long umkmId) {
		LocalDate today = LocalDate.now(WIB);
		Instant identity = jdbc.sql("select verified_at from umkm where id = :id")
			.param("id", umkmId)
			.query((rs, n) -> toInstant(rs.getTimestamp(1)))
			.optional()
			.orElse(null);
		// Only VERIFIED ones: submitted ones are unchecked claims, rejected ones are not shown at all.
		List<Certificate> verified = jdbc.sql("""
				select t.code, t.name, t.name_en, coalesce(c.reviewed_at, c.updated_at), c.expires_on
				from umkm_certificate c join certificate_type t on t.code = c.type_code
				where c.umkm_id = :id and c.status = 'VERIFIED'
				order by t.sort_order, t.code, c.expires_on desc nulls first""")
			.param("id", umkmId)
			.query((rs, n) -> new Certificate(rs.getString(1), rs.getString(2), rs.getString(3),
					toInstant(rs.getTimestamp(4)).atZone(WIB).toLocalDate(),
					rs.getObject(5, LocalDate.class)))
			.list();
		// One line per kind: the valid one with the latest expiry; an expired one only if none is valid
		// (an old, renewed certificate is history, not news).
		Map<String, Certificate> valid = new LinkedHashMap<>();
		Map<String, Certificate> expired = new LinkedHashMap<>();
		for (Certificate c : verified) {
			if (c.expiresOn() == null || !c.expiresOn().isBefore(today)) {
				valid.putIfAbsent(c.typeCode(), c);
			}
			else {
				expired.putIfAbsent(c.typeCode(), c);
			}
		}
		expired.keySet().removeAll(valid.keySet());
		return new Verifications(identity == null ? null : identity.atZone(WIB).toLocalDate(),
				List.copyOf(valid.values()), List.copyOf(expired.values()));
	}

	/** Photo ids of each product, in their order (one query for a page of products). */
	@Transactional(readOnly = true)
	public Map<Long, List<Long>> photoIds(Collection<Long> productIds) {
		Map<Long, List<Long>> byProduct = new LinkedHashMap<>();
		if (productIds.isEmpty()) {
			return byProduct;
		}
		jdbc.sql("select product_id, id from product_photo where product_id in (:ids) order by product_id, position")
			.param("ids", productIds)
			.query((rs, n) -> byProduct.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2)))
			.list();
		return byProduct;
	}

	private static Instant toInstant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}

	/** {@code identityVerifiedOn}: the day a Dinas officer verified the business itself, or null. */
	public record Verifications(LocalDate identityVerifiedOn, List<Certificate> valid, List<Certificate> expired) {

		public boolean isEmpty() {
			return identityVerifiedOn == null && valid.isEmpty() && expired.isEmpty();
		}

	}

	public record Certificate(String typeCode, String name, String nameEn, LocalDate verifiedOn, LocalDate expiresOn) {

		public String name(String language) {
			return "en".equals(language) ? nameEn : name;
		}

	}

}
