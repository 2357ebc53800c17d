package id.simitra.partnership;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;
import id.simitra.umkm.UmkmMoved;
import id.simitra.umkm.UmkmProfile;
import id.simitra.umkm.UmkmService;
import id.simitra.umkm.UmkmView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The partnership's copy of its UMKM's regency (V94), which the officers' queue and
 * reports select by: filled when the partnership is inserted, whoever inserts it, and
 * moved with the UMKM when its owner changes the regency ({@link UmkmMoved}).
 */
@SimitraTest
class UmkmRegencyCopyTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UmkmService umkms;

	@Autowired
	Fixtures fixtures;

	@Test
	void followsTheUmkmWhenItMoves() {
		// Its own UMKM and company: on a fresh database (CI) this test may run first.
		long umkmId = fixtures.umkm("Salinan Kabupaten Uji", "12.71", "10794").id();
		long companyId = fixtures.company("PT Salinan Kabupaten", "12.71");
		UmkmView umkm = umkms.get(umkmId);
		long partnership = jdbc.sql("""
				insert into partnership (need_id, company_id, umkm_id, pattern, object, estimated_value, start_date,
				                         end_date, no_control_declared, status, created_at, updated_at, regency_code)
				values (null, :company, :umkm, 'RANTAI_PASOK', 'Uji salinan kabupaten', 1000000, date '2026-01-01',
				        date '2026-12-31', true, 'SUBMITTED', now(), now(), '11.01')
				returning id
				""").param("company", companyId).param("umkm", umkmId).query(Long.class).single();
		assertThat(copy(partnership)).isEqualTo(umkm.regencyCode());

		String elsewhere = umkm.regencyCode().equals("12.71") ? "12.75" : "12.71";
		long ownerId = umkm.ownerId();
		try {
			umkms.saveProfile(ownerId, profile(umkm, elsewhere), null);
			// The listener runs after the commit, on its own thread.
			await().atMost(Duration.ofSeconds(10)).until(() -> copy(partnership).equals(elsewhere));
			// Where the partnership takes place is the company's choice and does not
			// move.
			assertThat(jdbc.sql("select regency_code from partnership where id = :id")
				.param("id", partnership)
				.query(String.class)
				.single()).isEqualTo("11.01");
		}
		finally {
			umkms.saveProfile(ownerId, profile(umkm, umkm.regencyCode()), null);
			jdbc.sql("delete from partnership where id = :id").param("id", partnership).update();
		}
	}

	private String copy(long partnership) {
		return jdbc.sql("select umkm_regency_code from partnership_summary where id = :id")
			.param("id", partnership)
			.query(String.class)
			.single();
	}

	private static UmkmProfile profile(UmkmView u, String regencyCode) {
		return new UmkmProfile(u.businessName(), u.ownerName(), u.nib(), u.kbli().stream().map(k -> k.code()).toList(),
				regencyCode, u.address(), u.phone(), u.description(), u.businessCapital(), u.annualSales());
	}

}
