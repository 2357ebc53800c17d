package id.simitra.umkm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.simitra.support.SimitraTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one rule "a certificate counts" (R__certificate_standing.sql) on every combination
 * of status and expiry around the day boundary, the boolean forms agreeing with the
 * standing, and the functions staying inlinable (a function PostgreSQL does not inline
 * would hide the columns from the indexes of umkm_certificate).
 */
@SimitraTest
class CertificateStandingTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 3, 31);

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyStatusAndExpiryHasOneStandingAndTheBooleansAgree() {
		List<String> rows = new ArrayList<>();
		for (CertificateStatus status : CertificateStatus.values()) {
			for (LocalDate expires : Arrays.asList(null, TODAY.minusDays(1), TODAY, TODAY.plusDays(1))) {
				rows.add(jdbc.sql("""
						select certificate_standing(:status, :expires, :today) || ' '
						       || certificate_counts(:status, :expires, :today) || ' '
						       || certificate_in_force(:status, :expires, :today)""")
					.param("status", status.name())
					.param("expires", expires, java.sql.Types.DATE)
					.param("today", TODAY)
					.query(String.class)
					.single());
			}
		}
		// expiry: none, yesterday, today (still valid: inclusive), tomorrow
		assertThat(rows).containsExactly("VALID_SUBMITTED false true", "EXPIRED false false",
				"VALID_SUBMITTED false true", "VALID_SUBMITTED false true", "VALID_VERIFIED true true",
				"EXPIRED false false", "VALID_VERIFIED true true", "VALID_VERIFIED true true", "REJECTED false false",
				"REJECTED false false", "REJECTED false false", "REJECTED false false");
		for (String row : rows) {
			CertificateStanding standing = CertificateStanding.valueOf(row.split(" ")[0]);
			assertThat(row).endsWith(standing.counts() + " " + (standing.counts() || standing.pending()));
		}
	}

	@Test
	void theRuleIsInlinedIntoTheQueryThatUsesIt() {
		String plan = String.join("\n",
				jdbc.sql("explain (costs off) select c.umkm_id from umkm_certificate c"
						+ " where c.type_code = 'HALAL' and " + CertificateService.COUNTS_SQL)
					.param("today", TODAY)
					.query(String.class)
					.list());
		assertThat(plan).doesNotContain("certificate_counts")
			.doesNotContain("certificate_in_force")
			.contains("expires_on");
		// the status part is either a plain filter or answered by a partial index of
		// verified rows (V33's, or V79's by UMKM)
		assertThat(plan.contains("'VERIFIED'") || plan.contains("umkm_certificate_verified_idx")
				|| plan.contains("umkm_certificate_valid_idx"))
			.as(plan)
			.isTrue();
	}

	/**
	 * The relations other modules read (umkm_valid_certificate, umkm_certificate_claim)
	 * are inlined too: no Function Scan, the conditions land on umkm_certificate itself,
	 * so the directory filter, the matching pool and match_factors() plan as they did on
	 * the table.
	 */
	@Test
	void theRelationsOtherModulesReadAreInlinedIntoTheirQueries() {
		for (String relation : List.of("umkm_valid_certificate(:today) c where c.type_code = 'HALAL'",
				"umkm_certificate_claim(:today) c where c.type_code = 'HALAL' and c.counts")) {
			String plan = String.join("\n",
					jdbc.sql("explain (costs off) select c.umkm_id from " + relation)
						.param("today", TODAY)
						.query(String.class)
						.list());
			assertThat(plan).as(plan)
				.doesNotContain("Function Scan")
				.doesNotContain("certificate_counts")
				.contains("umkm_certificate")
				.contains("expires_on");
		}
	}

}
