package id.simitra.partnership;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.support.SimitraTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The milestones partnership keeps on each row (V82: first PROPOSED, first APPROVED,
 * first decision after the first proposal) are always what the audit trail says, whatever
 * order the events are written in. Runs in a transaction that is rolled back.
 */
@SimitraTest
@Transactional
class PartnershipMilestonesTest {

	/** The definitions the reports used before V82, computed from the events. */
	private static final String FROM_EVENTS = """
			select p.id,
			       (select min(e.occurred_at) from partnership_event e
			        where e.partnership_id = p.id and e.to_status = 'PROPOSED') as proposed,
			       (select min(e.occurred_at) from partnership_event e
			        where e.partnership_id = p.id and e.to_status = 'APPROVED') as approved,
			       (select min(d.occurred_at) from partnership_event d
			        where d.partnership_id = p.id and d.to_status in ('APPROVED', 'REJECTED', 'RETURNED')
			          and d.occurred_at >= (select min(e.occurred_at) from partnership_event e
			                                where e.partnership_id = p.id and e.to_status = 'PROPOSED')) as decided
			from partnership p order by p.id
			""";

	private static final String KEPT = """
			select id, first_proposed_at as proposed, first_approved_at as approved, first_decided_at as decided
			from partnership order by id
			""";

	@Autowired
	JdbcClient jdbc;

	@Test
	void milestonesFollowTheAuditTrailInAnyOrder() {
		long partnership = jdbc
			.sql("""
					insert into partnership (need_id, company_id, umkm_id, pattern, object, estimated_value, start_date,
					                         end_date, no_control_declared, status, created_at, updated_at, regency_code)
					select null, c.id, u.id, 'RANTAI_PASOK', 'Uji tonggak', 1000000, date '2026-01-01', date '2026-12-31', true,
					       'APPROVED', now(), now(), u.regency_code
					from company c, umkm u order by c.id, u.id limit 1
					returning id
					""")
			.query(Long.class)
			.single();
		assertThat(rows(KEPT)).isEqualTo(rows(FROM_EVENTS));
		// A decision before any proposal does not count as the first decision; a later,
		// earlier-dated PROPOSED event moves the proposal back and makes it count.
		event(partnership, "RETURNED", "2026-02-10 09:00+07");
		event(partnership, "PROPOSED", "2026-02-20 09:00+07");
		event(partnership, "APPROVED", "2026-03-01 09:00+07");
		assertThat(row(partnership)).containsEntry("decided", row(partnership).get("approved"));
		assertThat(rows(KEPT)).isEqualTo(rows(FROM_EVENTS));
		event(partnership, "PROPOSED", "2026-02-01 09:00+07");
		event(partnership, "ACTIVE", "2026-03-05 09:00+07");
		assertThat(rows(KEPT)).isEqualTo(rows(FROM_EVENTS));
		assertThat(row(partnership).get("decided")).isNotEqualTo(row(partnership).get("approved"));
	}

	private void event(long partnership, String status, String at) {
		jdbc.sql(
				"""
						insert into partnership_event (partnership_id, from_status, to_status, actor_id, actor_role, occurred_at, kind)
						select :p, null, :status, min(a.id), 'OFFICER', cast(:at as timestamptz), 'STATUS' from account a
						""")
			.param("p", partnership)
			.param("status", status)
			.param("at", at)
			.update();
	}

	private List<Map<String, Object>> rows(String sql) {
		return jdbc.sql(sql).query().listOfRows();
	}

	private Map<String, Object> row(long partnership) {
		return jdbc.sql(KEPT.replace("order by id", "where id = ?")).param(partnership).query().singleRow();
	}

}
