package id.simitra.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;
import id.simitra.umkm.UmkmView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code simitra.clock.fixed} moves the whole portal to another day: pages judge expiry
 * on that day and new rows are stamped with it. The day is in the past on purpose, so a
 * certificate that is long expired in real life is still valid here, and anything that
 * reads the system clock instead of the Clock bean shows up.
 */
@SimitraTest
@TestPropertySource(properties = "simitra.clock.fixed=2020-03-01T09:00+07:00")
class FixedClockTest {

	private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	private static final LocalDate PORTAL_DAY = LocalDate.of(2020, 3, 1);

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void theClockBeanStartsAtTheConfiguredInstantAndRunsOn() {
		Instant start = OffsetDateTime.parse("2020-03-01T09:00+07:00").toInstant();
		assertThat(clock.getZone()).isEqualTo(WIB);
		// It runs on from the configured instant (Clock.offset), so it is past it but on
		// the same day for a test run.
		assertThat(clock.instant()).isAfterOrEqualTo(start).isBefore(start.plusSeconds(6 * 3600));
		assertThat(LocalDate.now(clock)).isEqualTo(PORTAL_DAY);
	}

	@Test
	void theStorefrontJudgesExpiryOnThePortalsDay() throws Exception {
		UmkmView umkm = fixtures.umkm("Kopi Jam Tetap", "12.16", "10761");
		certificate(umkm.id(), "HALAL", PORTAL_DAY);
		certificate(umkm.id(), "PIRT", PORTAL_DAY.minusDays(1));

		mvc.perform(get("/direktori/umkm/{id}", umkm.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("✓ Sertifikat halal"),
					not(containsString("Sertifikat halal: kedaluwarsa")),
					containsString("Sertifikat P-IRT: kedaluwarsa"), not(containsString("✓ Sertifikat P-IRT")))));
	}

	@Test
	void newRowsAreStampedWithThePortalsTime() {
		UmkmView umkm = fixtures.umkm("Ulos Jam Tetap", "12.12", "13122");

		OffsetDateTime created = jdbc.sql("select created_at from umkm where id = ?")
			.param(umkm.id())
			.query(OffsetDateTime.class)
			.single();
		OffsetDateTime updated = jdbc.sql("select updated_at from umkm where id = ?")
			.param(umkm.id())
			.query(OffsetDateTime.class)
			.single();
		assertThat(created.atZoneSameInstant(WIB).toLocalDate()).isEqualTo(PORTAL_DAY);
		assertThat(updated.atZoneSameInstant(WIB).toLocalDate()).isEqualTo(PORTAL_DAY);
	}

	@Test
	void theOpenDataFeedIsPublishedOnThePortalsDay() throws Exception {
		mvc.perform(get("/data/kemitraan.json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.publishedDate", containsString("2020-03-01T")));
	}

	private void certificate(Long umkmId, String type, LocalDate expires) {
		jdbc.sql(
				"""
						insert into umkm_certificate (umkm_id, type_code, number, issued_on, expires_on, issuer, status, reviewed_at)
						values (:umkm, :type, :number, :issued, :expires, 'Penerbit uji', 'VERIFIED', :reviewed)""")
			.param("umkm", umkmId)
			.param("type", type)
			.param("number", "JAM-" + type)
			.param("issued", expires.minusYears(3))
			.param("expires", expires)
			.param("reviewed", OffsetDateTime.of(2019, 5, 5, 2, 0, 0, 0, ZoneOffset.UTC))
			.update();
	}

}
