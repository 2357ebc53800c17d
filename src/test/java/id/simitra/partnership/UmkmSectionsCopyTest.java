package id.simitra.partnership;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;
import id.simitra.umkm.UmkmActivitiesChanged;
import id.simitra.umkm.UmkmProfile;
import id.simitra.umkm.UmkmService;
import id.simitra.umkm.UmkmView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The partnership's copy of its UMKM's KBLI sections (V113), which the officer report
 * counts approved partnerships by: filled when the partnership is inserted, whoever
 * inserts it, and brought up to date when the UMKM's owner changes its KBLI codes
 * ({@link UmkmActivitiesChanged}); always what umkm_activity and kbli say now.
 */
@SimitraTest
class UmkmSectionsCopyTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UmkmService umkms;

	@Autowired
	Fixtures fixtures;

	@Test
	void followsTheUmkmsActivities() {
		// two codes of section C count once in it
		UmkmView umkm = fixtures.umkm("Kopi Salinan Seksi", "12.71", "10761", "10794");
		Long company = fixtures.company("PT Salinan Seksi", "12.71");
		long partnership = jdbc.sql("""
				insert into partnership (need_id, company_id, umkm_id, pattern, object, estimated_value, start_date,
				                         end_date, no_control_declared, status, created_at, updated_at, regency_code)
				values (null, :company, :umkm, 'RANTAI_PASOK', 'Uji salinan seksi', 1000000, date '2026-01-01',
				        date '2026-12-31', true, 'APPROVED', now(), now(), '12.71')
				returning id
				""").param("company", company).param("umkm", umkm.id()).query(Long.class).single();
		try {
			assertThat(copy(partnership)).containsExactly("C");
			assertThat(copy(partnership)).isEqualTo(fromActivities(umkm.id()));

			// a wholesale code added: sections C and G
			umkms.saveProfile(umkm.ownerId(), profile(umkm, List.of("10761", "10794", "46331")), null);
			// The listener runs after the commit, on its own thread.
			await().atMost(Duration.ofSeconds(10)).until(() -> copy(partnership).size() == 2);
			assertThat(copy(partnership)).containsExactly("C", "G").isEqualTo(fromActivities(umkm.id()));

			// only the wholesale code left
			umkms.saveProfile(umkm.ownerId(), profile(umkm, List.of("46331")), null);
			await().atMost(Duration.ofSeconds(10)).until(() -> copy(partnership).equals(List.of("G")));
			assertThat(copy(partnership)).isEqualTo(fromActivities(umkm.id()));
		}
		finally {
			jdbc.sql("delete from partnership where id = :id").param("id", partnership).update();
		}
	}

	private List<String> copy(long partnership) {
		return jdbc.sql("select unnest(umkm_kbli_sections) from partnership_summary where id = :id order by 1")
			.param("id", partnership)
			.query(String.class)
			.list();
	}

	private List<String> fromActivities(long umkmId) {
		return jdbc
			.sql("""
					select distinct k.section from umkm_activity a join kbli k on k.version = a.kbli_version and k.code = a.kbli_code
					where a.umkm_id = :umkm order by 1
					""")
			.param("umkm", umkmId)
			.query(String.class)
			.list();
	}

	private static UmkmProfile profile(UmkmView u, List<String> kbli) {
		return new UmkmProfile(u.businessName(), u.ownerName(), u.nib(), kbli, u.regencyCode(), u.address(), u.phone(),
				u.description(), u.businessCapital(), u.annualSales());
	}

}
