package id.simitra.directory.internal;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public storefront shows beyond the profile: what the Dinas verified and when,
 * and the photos of the listed products. Read straight from the tables with SQL, so the
 * storefront does not depend on the certificate module's Java classes (built separately),
 * only on its published schema (V7).
 */
@Service
public class StorefrontService {

	/**
	 * Dates are the dates in North Sumatra (the Clock runs in WIB): a certificate
	 * expiring "today" is valid all of today.
	 */
	public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	/** Public comments shown on a storefront, newest first. */
	static final int REVIEWS = 10;

	private final JdbcClient jdbc;

	private final Clock clock;

	StorefrontService(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * What the Dinas verified, and what the owner claims that nobody checked yet. Where
	 * each certificate stands comes from the certificate module's rule in SQL
	 * ({@code certificate_standing}); this only picks one line per kind: verified and
	 * valid (a badge) first, else submitted and valid ("menunggu verifikasi", never a
	 * badge), else verified but expired (history). Rejected ones and expired unverified
	 * claims are not shown.
	 */
	/**
	 * What companies said of the UMKM after completed partnerships (issue 16): the
	 * average and count of their ratings (the partnership module's one track record,
	 * {@code partnership_track_record}) and the newest {@value #REVIEWS} comments their
	 * raters allowed to be public, with the company's name
	 * ({@code partnership_public_review}).
	 */
	@Transactional(readOnly = true)
	public Reviews reviewsOf(Long umkmId) {
		Reviews none = new Reviews(0, null, List.of());
		return jdbc.sql("select ratings, rating::float8 as average from partnership_track_record where umkm_id = :id")
			.param("id", umkmId)
			.query((rs, n) -> new Reviews(rs.getLong("ratings"), rs.getObject("average", Double.class),
					jdbc.sql("""
							select r.score, r.comment, c.name, r.created_at from partnership_public_review r
							join company_summary c on c.id = r.company_id
							where r.umkm_id = :id and r.comment is not null
							order by r.created_at desc, r.id desc limit :limit
							""")
						.param("id", umkmId)
						.param("limit", REVIEWS)
						.query((row, i) -> new Review(row.getInt(1), row.getString(2), row.getString(3),
								LocalDate.ofInstant(row.getTimestamp(4).toInstant(), WIB)))
						.list()))
			.optional()
			.filter(r -> r.count() > 0)
			.orElse(none);
	}

	@Transactional(readOnly = true)
	public Verifications verificationsOf(Long umkmId) {
		Timestamp identityAt = jdbc.sql("select verified_at from umkm_listing where id = :id")
			.param("id", umkmId)
			.query((rs, n) -> rs.getTimestamp(1))
			.optional()
			.orElse(null);
		Instant identity = toInstant(identityAt);
		Map<String, Certificate> valid = new LinkedHashMap<>();
		Map<String, Certificate> pending = new LinkedHashMap<>();
		Map<String, Certificate> expired = new LinkedHashMap<>();
		jdbc.sql("""
				select t.code, t.name, t.name_en, c.checked_at, c.expires_on, c.standing, c.verified
				from umkm_certificate_claim(:today) c join umkm_certificate_kind t on t.code = c.type_code
				where c.umkm_id = :id
				order by t.sort_order, t.code, c.expires_on desc nulls first""")
			.param("id", umkmId)
			.param("today", LocalDate.now(clock))
			.query((ResultSet rs) -> {
				Certificate c = new Certificate(rs.getString(1), rs.getString(2), rs.getString(3),
						rs.getTimestamp(4).toInstant().atZone(WIB).toLocalDate(), rs.getObject(5, LocalDate.class));
				switch (rs.getString("standing")) {
					case "VALID_VERIFIED" -> valid.putIfAbsent(c.typeCode(), c);
					case "VALID_SUBMITTED" -> pending.putIfAbsent(c.typeCode(), c);
					case "EXPIRED" -> {
						if (rs.getBoolean("verified")) {
							expired.putIfAbsent(c.typeCode(), c);
						}
					}
					default -> {
						// none: umkm_certificate_claim leaves rejected ones out
					}
				}
			});
		// An old, renewed certificate is history, not news; a pending renewal does not
		// hide a valid one.
		pending.keySet().removeAll(valid.keySet());
		expired.keySet().removeAll(valid.keySet());
		expired.keySet().removeAll(pending.keySet());
		return new Verifications(identity == null ? null : identity.atZone(WIB).toLocalDate(),
				List.copyOf(valid.values()), List.copyOf(pending.values()), List.copyOf(expired.values()));
	}

	/** Photo ids of each product, in their order (one query for a page of products). */
	@Transactional(readOnly = true)
	public Map<Long, List<Long>> photoIds(Collection<Long> productIds) {
		Map<Long, List<Long>> byProduct = new LinkedHashMap<>();
		if (productIds.isEmpty()) {
			return byProduct;
		}
		jdbc.sql(
				"select product_id, id from product_photo_listing where product_id in (:ids) order by product_id, position")
			.param("ids", productIds)
			.query((rs, n) -> byProduct.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2)))
			.list();
		return byProduct;
	}

	private static @Nullable Instant toInstant(@Nullable Timestamp t) {
		return t == null ? null : t.toInstant();
	}

	/**
	 * {@code identityVerifiedOn}: the day a Dinas officer verified the business itself,
	 * or null. {@code pending}: submitted, valid, not yet verified (shown as "menunggu
	 * verifikasi").
	 */
	/** The average of the ratings (null without any), how many, the public comments. */
	public record Reviews(long count, @Nullable Double average, List<Review> comments) {
	}

	/** {@code on}: the day it was given, in WIB. */
	public record Review(int score, String comment, String companyName, LocalDate on) {
	}

	public record Verifications(@Nullable LocalDate identityVerifiedOn, List<Certificate> valid,
			List<Certificate> pending, List<Certificate> expired) {

		public boolean isEmpty() {
			return identityVerifiedOn == null && valid.isEmpty() && pending.isEmpty() && expired.isEmpty();
		}

	}

	public record Certificate(String typeCode, String name, String nameEn, LocalDate verifiedOn, LocalDate expiresOn) {

		public String name(String language) {
			return "en".equals(language) ? nameEn : name;
		}

	}

}
