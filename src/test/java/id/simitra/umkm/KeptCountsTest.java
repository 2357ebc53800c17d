package id.simitra.umkm;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.support.SimitraTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counts umkm and product keep with their rows (V77 umkm_daily_count, V78
 * product_tally) stay equal to counting the rows, through every kind of change their
 * triggers must follow: a registration, a move to another regency, a new size class,
 * verification granted and withdrawn, a verification dated before the registration, a
 * deleted UMKM, products added and deleted; and the copy of the UMKM's regency on its
 * certificates (V81) follows the UMKM when it moves. Each test runs in a transaction that
 * is rolled back.
 */
@SimitraTest
@Transactional
class KeptCountsTest {

	/** The per-day counts computed from the UMKM rows, as V77 defines them. */
	private static final String COUNTED = """
			select regency_code, size_class, day, sum(registered) as registered, sum(verified) as verified
			from (select regency_code, size_class, umkm_day(created_at) as day, 1 as registered, 0 as verified from umkm
			      union all
			      select regency_code, size_class, umkm_day(greatest(created_at, verified_at)), 0, 1 from umkm
			      where verified_at is not null) x
			group by regency_code, size_class, day
			order by regency_code, size_class, day
			""";

	private static final String KEPT = """
			select regency_code, size_class, day, registered::bigint as registered, verified::bigint as verified
			from umkm_daily_count where registered <> 0 or verified <> 0
			order by regency_code, size_class, day
			""";

	@Autowired
	JdbcClient jdbc;

	@Test
	void dailyUmkmCountsFollowEveryChange() {
		assertThat(rows(KEPT)).isNotEmpty().isEqualTo(rows(COUNTED));
		long id = jdbc.sql("""
				insert into umkm (owner_id, business_name, owner_name, regency_code, address, phone, business_capital,
				                  annual_sales, size_class, size_class_by_sales, created_at, updated_at)
				select a.id, 'Uji Hitung', 'Pemilik', '12.71', 'Jl. Uji', '081200000000', 100000000, 100000000,
				       'MIKRO', 'MIKRO', timestamptz '2026-03-01 23:30+07', now()
				from account a where not exists (select 1 from umkm u where u.owner_id = a.id) limit 1
				returning id
				""").query(Long.class).single();
		assertThat(rows(KEPT)).isEqualTo(rows(COUNTED));
		update(id, "regency_code = '12.12'");
		update(id, "size_class = 'KECIL'");
		update(id, "verified_at = timestamptz '2026-03-05 10:00+07'");
		assertThat(rows(KEPT)).isEqualTo(rows(COUNTED));
		update(id, "verified_at = timestamptz '2026-02-01 10:00+07'");
		update(id, "verified_at = null");
		update(id, "verified_at = now(), regency_code = '12.71', size_class = 'MENENGAH'");
		assertThat(rows(KEPT)).isEqualTo(rows(COUNTED));
		jdbc.sql("delete from umkm where id = ?").param(id).update();
		assertThat(rows(KEPT)).isEqualTo(rows(COUNTED));
	}

	@Test
	void productTallyFollowsInsertsAndDeletes() {
		assertThat(tally()).isEqualTo(count());
		jdbc.sql("""
				insert into product (umkm_id, name, kbli_code, unit, unit_kind, monthly_capacity, capacity_base,
				                     minimum_order, price_min, price_max, created_at, updated_at)
				select u.id, 'Produk Uji Hitung', '10761', 'KG', 'MASS', 10, 10, 1, 1000, 2000, now(), now()
				from umkm u order by u.id limit 3
				""").update();
		assertThat(tally()).isPositive().isEqualTo(count());
		jdbc.sql("delete from product where name = 'Produk Uji Hitung'").update();
		assertThat(tally()).isEqualTo(count());
	}

	@Test
	void certificatesCarryTheRegencyOfTheirUmkm() {
		String differ = """
				select count(*) from umkm_certificate c join umkm u on u.id = c.umkm_id
				where c.regency_code is distinct from u.regency_code
				""";
		long umkm = jdbc
			.sql("""
					insert into umkm_certificate (umkm_id, type_code, number, issued_on, issuer, status, created_at, updated_at)
					select u.id, 'PIRT', '206127100000001', date '2025-01-01', 'Dinas Kesehatan', 'SUBMITTED', now(), now()
					from umkm u order by u.id limit 1
					returning umkm_id
					""")
			.query(Long.class)
			.single();
		assertThat(jdbc.sql(differ).query(Long.class).single()).isZero();
		String moved = jdbc
			.sql("select case when regency_code = '12.12' then '12.71' else '12.12' end from umkm where id = ?")
			.param(umkm)
			.query(String.class)
			.single();
		update(umkm, "regency_code = '" + moved + "'");
		assertThat(jdbc.sql("select distinct regency_code from umkm_certificate where umkm_id = ?")
			.param(umkm)
			.query(String.class)
			.list()).containsExactly(moved);
		assertThat(jdbc.sql(differ).query(Long.class).single()).isZero();
	}

	private void update(long id, String set) {
		jdbc.sql("update umkm set " + set + " where id = ?").param(id).update();
	}

	private List<Map<String, Object>> rows(String sql) {
		return jdbc.sql(sql).query().listOfRows();
	}

	private long tally() {
		return jdbc.sql("select products from product_count").query(Long.class).single();
	}

	private long count() {
		return jdbc.sql("select count(*) from product").query(Long.class).single();
	}

}
