package id.simitra.offer.internal;

import id.simitra.offer.RecommendationService;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.simitra.reference.KbliService;
import id.simitra.reference.RegionService;
import id.simitra.platform.NotFoundException;
import id.simitra.reference.PartnershipPattern;
import id.simitra.reference.Unit;

/**
 * Reads needs with SQL instead of through the need module: the need module shows officers' recommendations
 * from this one (RecommendationService) in its ranking, and a call back would make the modules a cycle.
 */
@Component
public class NeedLookup {

	private final JdbcClient jdbc;

	private final KbliService kbli;

	private final RegionService regions;

	NeedLookup(JdbcClient jdbc, KbliService kbli, RegionService regions) {
		this.jdbc = jdbc;
		this.kbli = kbli;
		this.regions = regions;
	}

	public OfferNeed get(Long needId) {
		return find(needId).orElseThrow(() -> new NotFoundException("Need " + needId));
	}

	Optional<OfferNeed> find(Long needId) {
		return jdbc.sql("""
				select n.id, n.company_id, c.owner_id, c.name, n.title, n.description, n.kbli_code, n.quantity, n.unit,
				       n.quantity_base, n.regency_code, n.deadline, n.pattern, n.status
				from need n join company c on c.id = n.company_id where n.id = :id
				""")
			.param("id", needId)
			.query((rs, i) -> new OfferNeed(rs.getLong("id"), rs.getLong("company_id"), rs.getLong("owner_id"),
					rs.getString("name"), rs.getString("title"), rs.getString("description"), rs.getString("kbli_code"),
					kbli.label(rs.getString("kbli_code")), rs.getBigDecimal("quantity"), Unit.valueOf(rs.getString("unit")),
					rs.getBigDecimal("quantity_base"), rs.getString("regency_code"),
					regions.regencyName(rs.getString("regency_code")), rs.getObject("deadline", java.time.LocalDate.class),
					PartnershipPattern.valueOf(rs.getString("pattern")), "OPEN".equals(rs.getString("status"))))
			.optional();
	}

}
