package id.simitra.umkm;

import id.simitra.umkm.internal.ReadinessItem;
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

/**
 * The "siap naik kelas" checklist. One SQL statement answers every item for a whole page of UMKM, so the
 * officers' list does not run a query per row. A certificate ticks an item only when it counts (verified by an
 * officer and not expired: {@link CertificateService#COUNTS_SQL}); a submitted one is a claim, not yet a fact. Products and photos are read from their tables here
 * rather than through the product module, which depends on this one.
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
			       exists (select 1 from product p where p.umkm_id = u.id) as product,
			       exists (select 1 from product p where p.umkm_id = u.id and p.monthly_capacity >= p.minimum_order) as capacity,
			       exists (select 1 from product_photo ph join product p on p.id = ph.product_id where p.umkm_id = u.id) as photos,
			       u.verified_at is not null as identity,
			       exists (select 1 from umkm_certificate c where c.umkm_id = u.id and %s) as verified_certificate,
			       %s as nib_pending, %s as npwp_pending, %s as food_permit_pending, %s as halal_pending,
			       exists (select 1 from umkm_certificate c where c.umkm_id = u.id and %s) as verified_certificate_pending
			from umkm u where u.id in (:ids)
			""".formatted(CertificateService.holdsCountingSql("u.id", "nibTypes"),
			CertificateService.holdsCountingSql("u.id", "npwpTypes"), FOOD_DIVISIONS,
			CertificateService.holdsCountingSql("u.id", "foodPermitTypes"),
			CertificateService.holdsCountingSql("u.id", "halalTypes"), CertificateService.COUNTS_SQL,
			CertificateService.holdsInForceSql("u.id", "nibTypes"), CertificateService.holdsInForceSql("u.id", "npwpTypes"),
			CertificateService.holdsInForceSql("u.id", "foodPermitTypes"),
			CertificateService.holdsInForceSql("u.id", "halalTypes"), CertificateService.IN_FORCE_SQL);

	/** Items a certificate can tick: when one is in force but not verified, the checklist says it waits. */
	private static final java.util.Set<ReadinessItem> CERTIFICATE_ITEMS = java.util.EnumSet.of(ReadinessItem.NIB,
			ReadinessItem.NPWP, ReadinessItem.FOOD_PERMIT, ReadinessItem.HALAL, ReadinessItem.VERIFIED_CERTIFICATE);

	private final JdbcClient jdbc;

	private final CertificateService certificates;

	ReadinessService(JdbcClient jdbc, CertificateService certificates) {
		this.jdbc = jdbc;
		this.certificates = certificates;
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
		jdbc.sql(FACTS)
			.param("ids", umkmIds)
			.param("today", certificates.today())
			.param("nibTypes", Set.of("NIB"))
			.param("npwpTypes", Set.of("NPWP"))
			.param("foodPermitTypes", Set.of("PIRT", "BPOM"))
			.param("halalTypes", Set.of("HALAL"))
			.query((ResultSet rs) -> {
				result.put(rs.getLong("id"), readiness(rs));
			});
		return result;
	}

	private static Readiness readiness(ResultSet rs) throws SQLException {
		boolean food = rs.getBoolean("food");
		List<Readiness.Check> checks = new ArrayList<>();
		for (ReadinessItem item : ReadinessItem.values()) {
			if (item.foodOnly() && !food) {
				continue;
			}
			boolean done = rs.getBoolean(item.name().toLowerCase(Locale.ROOT));
			boolean pending = !done && CERTIFICATE_ITEMS.contains(item)
					&& rs.getBoolean(item.name().toLowerCase(Locale.ROOT) + "_pending");
			checks.add(new Readiness.Check(item, done, pending));
		}
		return Readiness.of(checks);
	}

}
