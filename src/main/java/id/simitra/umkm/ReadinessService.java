package id.simitra.umkm;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.platform.NotFoundException;
import id.simitra.umkm.internal.ReadinessItem;

/**
 * The "siap naik kelas" checklist. One SQL statement answers every item for a whole page
 * of UMKM, so the officers' list does not run a query per row. A certificate ticks an
 * item only when it counts (verified by an officer and not expired:
 * {@code umkm_valid_certificate}); a submitted one is a claim, not yet a fact. The
 * product items come from the product module through {@link UmkmProductFacts} (one more
 * query per page): product depends on this module, so this module does not read product's
 * tables.
 */
@Service
public class ReadinessService {

	/** KBLI 2020 divisions of food (10) and beverages (11). */
	static final String FOOD_DIVISIONS = "left(k.kbli_code, 2) in ('10', '11')";

	private static final String FACTS = """
			select u.id,
			       u.nib is not null or %s as nib,
			       %s as npwp,
			       exists (select 1 from umkm_kbli k where k.umkm_id = u.id and %s) as food,
			       %s as food_permit,
			       %s as halal,
			       u.verified_at is not null as identity,
			       exists (select 1 from umkm_valid_certificate(:today) c where c.umkm_id = u.id) as verified_certificate,
			       %s as nib_pending, %s as npwp_pending, %s as food_permit_pending, %s as halal_pending,
			       exists (select 1 from umkm_certificate_claim(:today) c where c.umkm_id = u.id and c.in_force)
			           as verified_certificate_pending
			from umkm u where u.id in (:ids)
			"""
		.formatted(CertificateService.holdsCountingSql("u.id", "nibTypes"),
				CertificateService.holdsCountingSql("u.id", "npwpTypes"), FOOD_DIVISIONS,
				CertificateService.holdsCountingSql("u.id", "foodPermitTypes"),
				CertificateService.holdsCountingSql("u.id", "halalTypes"),
				CertificateService.holdsInForceSql("u.id", "nibTypes"),
				CertificateService.holdsInForceSql("u.id", "npwpTypes"),
				CertificateService.holdsInForceSql("u.id", "foodPermitTypes"),
				CertificateService.holdsInForceSql("u.id", "halalTypes"));

	/**
	 * Items a certificate can tick: when one is in force but not verified, the checklist
	 * says it waits.
	 */
	private static final java.util.Set<ReadinessItem> CERTIFICATE_ITEMS = java.util.EnumSet.of(ReadinessItem.NIB,
			ReadinessItem.NPWP, ReadinessItem.FOOD_PERMIT, ReadinessItem.HALAL, ReadinessItem.VERIFIED_CERTIFICATE);

	/** Items the product module answers (UmkmProductFacts). */
	private static final java.util.Set<ReadinessItem> PRODUCT_ITEMS = java.util.EnumSet.of(ReadinessItem.PRODUCT,
			ReadinessItem.CAPACITY, ReadinessItem.PHOTOS);

	private final JdbcClient jdbc;

	private final CertificateService certificates;

	private final UmkmProductFacts products;

	ReadinessService(JdbcClient jdbc, CertificateService certificates, UmkmProductFacts products) {
		this.jdbc = jdbc;
		this.certificates = certificates;
		this.products = products;
	}

	@Transactional(readOnly = true)
	public Readiness of(Long umkmId) {
		Readiness r = of(List.of(umkmId)).get(umkmId);
		if (r == null) {
			throw new NotFoundException("UMKM " + umkmId);
		}
		return r;
	}

	/** Readiness of several UMKM at once (ids that do not exist are left out). */
	@Transactional(readOnly = true)
	public Map<Long, Readiness> of(Collection<Long> umkmIds) {
		Map<Long, Readiness> result = new HashMap<>();
		if (umkmIds.isEmpty()) {
			return result;
		}
		Map<Long, UmkmProductFacts.Facts> productFacts = products.factsOf(umkmIds);
		jdbc.sql(FACTS)
			.param("ids", umkmIds)
			.param("today", certificates.today())
			.param("nibTypes", Set.of("NIB"))
			.param("npwpTypes", Set.of("NPWP"))
			.param("foodPermitTypes", Set.of("PIRT", "BPOM"))
			.param("halalTypes", Set.of("HALAL"))
			.query((ResultSet rs) -> {
				long id = rs.getLong("id");
				result.put(id, readiness(rs, productFacts.getOrDefault(id, UmkmProductFacts.Facts.NONE)));
			});
		return result;
	}

	private static Readiness readiness(ResultSet rs, UmkmProductFacts.Facts productFacts) throws SQLException {
		boolean food = rs.getBoolean("food");
		List<Readiness.Check> checks = new ArrayList<>();
		for (ReadinessItem item : ReadinessItem.values()) {
			if (item.foodOnly() && !food) {
				continue;
			}
			boolean done = PRODUCT_ITEMS.contains(item) ? productDone(item, productFacts)
					: rs.getBoolean(item.name().toLowerCase(Locale.ROOT));
			boolean pending = !done && CERTIFICATE_ITEMS.contains(item)
					&& rs.getBoolean(item.name().toLowerCase(Locale.ROOT) + "_pending");
			checks.add(new Readiness.Check(item, done, pending));
		}
		return Readiness.of(checks);
	}

	private static boolean productDone(ReadinessItem item, UmkmProductFacts.Facts facts) {
		return switch (item) {
			case PRODUCT -> facts.product();
			case CAPACITY -> facts.capacity();
			default -> facts.photos();
		};
	}

}
