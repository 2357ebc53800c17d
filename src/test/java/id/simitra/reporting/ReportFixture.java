package id.simitra.reporting;

import java.time.OffsetDateTime;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;

import id.simitra.account.Role;
import id.simitra.support.Fixtures;

/**
 * Rows for report tests written with SQL, so that dates in the past and every lifecycle
 * status can be set exactly (the services always stamp "now" and know only today's
 * statuses).
 */
final class ReportFixture {

	private final JdbcClient jdbc;

	private final Fixtures fixtures;

	final Long actor;

	ReportFixture(JdbcClient jdbc, Fixtures fixtures) {
		this.jdbc = jdbc;
		this.fixtures = fixtures;
		this.actor = fixtures.account(Role.COMPANY);
	}

	/**
	 * Lets the test insert the statuses of the new partnership lifecycle (ACTIVE,
	 * COMPLETED, RETURNED...), which the current check constraint does not know yet. Only
	 * inside a test transaction, which rolls the change back with the data.
	 */
	void allowEveryStatus() {
		jdbc.sql("""
				select conname from pg_constraint
				where conrelid = 'partnership'::regclass and contype = 'c' and pg_get_constraintdef(oid) like '%status%'
				""")
			.query(String.class)
			.list()
			.forEach(name -> jdbc.sql("alter table partnership drop constraint " + name).update());
	}

	Long company(String name, String regency) {
		return jdbc.sql("""
				insert into company (owner_id, name, nib, sector, regency_code, address)
				values (:owner, :name, :nib, 'Perdagangan', :regency, 'Jl. Rahasia Perusahaan 9')
				returning id
				""")
			.param("owner", fixtures.account(Role.COMPANY))
			.param("name", name)
			.param("nib", nib())
			.param("regency", regency)
			.query(Long.class)
			.single();
	}

	/**
	 * An UMKM built through the services (owner "Pemilik …", phone 081260001111), then
	 * dated and classed.
	 */
	Long umkm(String name, String regency, String sizeClass, String createdAt, String verifiedAt, String... kbli) {
		Long id = fixtures.umkm(name, regency, kbli).id();
		jdbc.sql("update umkm set size_class = :size, created_at = :created, verified_at = :verified where id = :id")
			.param("size", sizeClass)
			.param("created", at(createdAt))
			.param("verified", verifiedAt == null ? null : at(verifiedAt))
			.param("id", id)
			.update();
		return id;
	}

	Long need(Long companyId, String regency, String createdAt) {
		return jdbc.sql("""
				insert into need (company_id, title, description, kbli_code, quantity, unit, unit_kind, quantity_base,
				                  regency_code, deadline, pattern, created_at)
				values (:company, 'Kopi bubuk', 'Kopi bubuk untuk kantin', '10761', 100, 'KG', 'MASS', 100,
				        :regency, date '2030-01-01', 'RANTAI_PASOK', :created)
				returning id
				""")
			.param("company", companyId)
			.param("regency", regency)
			.param("created", at(createdAt))
			.query(Long.class)
			.single();
	}

	Long partnership(Long companyId, Long needId, Long umkmId, String pattern, long value, String start, String end,
			String status, String createdAt) {
		return jdbc
			.sql("""
					insert into partnership (need_id, company_id, umkm_id, pattern, object, estimated_value, start_date,
					                         end_date, no_control_declared, status, created_at, updated_at, regency_code)
					values (:need, :company, :umkm, :pattern, :object, :value, cast(:start as date), cast(:end as date), true,
					        :status, :created, :created, (select regency_code from umkm where id = :umkm))
					returning id
					""")
			.param("need", needId)
			.param("company", companyId)
			.param("umkm", umkmId)
			.param("pattern", pattern)
			.param("object", "Pasokan " + pattern.toLowerCase())
			.param("value", value)
			.param("start", start)
			.param("end", end)
			.param("status", status)
			.param("created", at(createdAt))
			.query(Long.class)
			.single();
	}

	/** Status history: pairs of (to_status, when). */
	void events(Long partnershipId, String... statusAndTime) {
		String from = null;
		for (int i = 0; i < statusAndTime.length; i += 2) {
			jdbc.sql(
					"""
							insert into partnership_event (partnership_id, from_status, to_status, actor_id, actor_role, occurred_at, kind)
							values (:p, :from, :to, :actor, 'COMPANY', :at, 'STATUS')
							""")
				.param("p", partnershipId)
				.param("from", from)
				.param("to", statusAndTime[i])
				.param("actor", actor)
				.param("at", at(statusAndTime[i + 1]))
				.update();
			from = statusAndTime[i];
		}
	}

	/**
	 * "2025-02-10" is midnight UTC; a full ISO timestamp with offset is taken as it is.
	 */
	static OffsetDateTime at(String text) {
		return text.length() == 10 ? OffsetDateTime.parse(text + "T00:00:00Z") : OffsetDateTime.parse(text);
	}

	static String nib() {
		return "9" + String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
	}

}
