package id.simitra.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.simitra.matching.internal.FitNeed;
import id.simitra.reference.Unit;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;
import id.simitra.support.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12: the UMKM's fitting needs are scored in one set-based call
 * ({@code match_factors_grid}), not with two statements per need, and give exactly what
 * scoring each need on its own ({@link MatchingService#scoreFor}, the ranking's path)
 * gives: the same needs, the same candidates (score, factors, sentences, gaps), the same
 * order; and the needs chosen by index ranges are those the old {@code left(...)} query
 * chose. The fixture is a starch miller (KBLI class 1062, used by no other test) with
 * needs that differ in class level, distance, unit, required and preferred certificates
 * it holds, lacks, let expire or only submitted, and a track record.
 */
@SimitraTest
class FittingNeedsSetBasedTest {

	@Autowired
	MatchingService matching;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	MessageSource messages;

	@Autowired
	Clock clock;

	LocalDate today;

	@BeforeEach
	void setUp() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("id"));
		today = LocalDate.now(clock);
	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void setBasedScoresEqualTheNeedByNeedScoresInTheSameOrder() {
		World w = world();
		for (Long umkm : List.of(w.miller(), w.flourMill())) {
			List<FitNeed> fits = matching.needsFor(umkm, 200);
			assertThat(fits).extracting(FitNeed::needId).containsAll(w.needsOf(umkm));
			assertSameAsNeedByNeed(umkm, fits);
		}
		// both sides of every kind of factor occur, so the comparison covers them
		List<Candidate> miller = matching.needsFor(w.miller(), 200).stream().map(FitNeed::candidate).toList();
		assertThat(miller).anyMatch(Candidate::excluded).anyMatch(c -> !c.excluded());
		assertThat(miller).extracting(c -> c.factors().get(3).fraction())
			.contains(0.0, 1.0)
			.anyMatch(f -> f > 0 && f < 1);
		assertThat(miller).extracting(c -> c.factors().get(1).fraction()).contains(1.0).anyMatch(f -> f < 1);
		assertThat(miller).extracting(c -> c.factors().get(2).fraction())
			.contains(0.0, 1.0)
			.anyMatch(f -> f > 0 && f < 1);
		assertThat(miller).flatExtracting(Candidate::excludedBy).contains("PIRT", "NPWP");

		// and for the other UMKM in the database (the other tests' data), the newest ones
		for (Long umkm : jdbc.sql("select id from umkm_listing order by id desc limit 15").query(Long.class).list()) {
			assertSameAsNeedByNeed(umkm, matching.needsFor(umkm, 200));
		}
	}

	@Test
	void everyNeedIsScoredInOneStatement() {
		World w = world();
		AtomicInteger statements = new AtomicInteger();
		MatchingService counted = new MatchingService(
				JdbcClient.create(StatementCounter.counting(dataSource, statements)), matching.weights(), messages,
				clock);
		List<FitNeed> fits = counted.needsFor(w.miller(), 200);
		assertThat(fits).hasSizeGreaterThanOrEqualTo(w.needsOf(w.miller()).size());
		// the fitting needs (one statement; a second for the 3-digit fallback) and one
		// call that scores them all: need by need it was 1 + 2 per need
		assertThat(statements).as("statements for %d needs", fits.size()).hasValueLessThanOrEqualTo(2);
		statements.set(0);
		assertThat(counted.needsFor(w.flourMill(), 200)).hasSizeGreaterThanOrEqualTo(w.needsOf(w.flourMill()).size());
		assertThat(statements).hasValueLessThanOrEqualTo(3);
	}

	/**
	 * Issue 14: chosen needs (those at a business-matching day) scored for one UMKM in
	 * two statements, and readiness for a grid of needs and UMKM in two, give the
	 * candidates scoring need by need gives; judged on a later day a certificate that
	 * expires before it keeps the UMKM from being ready.
	 */
	@Test
	void chosenNeedsAndReadinessAreScoredSetBasedAsNeedByNeed() {
		World w = world();
		AtomicInteger statements = new AtomicInteger();
		MatchingService counted = new MatchingService(
				JdbcClient.create(StatementCounter.counting(dataSource, statements)), matching.weights(), messages,
				clock);
		// the two UMKM's needs overlap
		java.util.Set<Long> distinct = new java.util.LinkedHashSet<>(w.millerNeeds());
		distinct.addAll(w.flourNeeds());
		List<Long> needs = List.copyOf(distinct);
		Map<Long, Candidate> scored = counted.scoreNeeds(w.miller(), needs);
		assertThat(statements).hasValue(2);
		assertThat(scored.keySet()).containsExactlyInAnyOrderElementsOf(needs);
		needs.forEach(n -> assertThat(scored.get(n)).as("need %d", n)
			.isEqualTo(matching.scoreFor(n, List.of(w.miller())).get(w.miller())));

		statements.set(0);
		Map<Long, Map<Long, Readiness>> ready = counted.readiness(needs, List.of(w.miller(), w.flourMill()), today);
		assertThat(statements).hasValue(2);
		for (Long n : needs) {
			for (Long u : List.of(w.miller(), w.flourMill())) {
				Candidate now = matching.scoreFor(n, List.of(u)).get(u);
				Readiness r = ready.get(n).get(u);
				assertThat(r.onTheDay()).as("need %d, UMKM %d", n, u).isEqualTo(now);
				assertThat(r.ready()).isEqualTo(!now.excluded() && !now.noCapacity());
			}
		}
		assertThat(ready.values()).flatMap(Map::values).anyMatch(Readiness::ready).anyMatch(r -> !r.ready());
		// ten years on every certificate has expired: a need that requires one finds
		// nobody ready
		Map<Long, Map<Long, Readiness>> later = matching.readiness(needs, List.of(w.miller()), today.plusYears(10));
		assertThat(needs).filteredOn(n -> !later.get(n).get(w.miller()).requiredGaps().isEmpty())
			.containsExactlyInAnyOrderElementsOf(needs.stream()
				.filter(n -> jdbc.sql("select count(*) from need_requirement where need_id = ? and required")
					.param(n)
					.query(Long.class)
					.single() > 0)
				.toList());
	}

	private void assertSameAsNeedByNeed(Long umkm, List<FitNeed> fits) {
		List<Long> selected = selectedAsBefore(umkm, 4);
		if (selected.size() < 5) {
			selected = selectedAsBefore(umkm, 3);
		}
		assertThat(fits).as("needs for UMKM %d", umkm)
			.extracting(FitNeed::needId)
			.containsExactlyInAnyOrderElementsOf(selected);
		for (FitNeed fit : fits) {
			assertThat(fit.candidate()).as("UMKM %d, need %d", umkm, fit.needId())
				.isEqualTo(matching.scoreFor(fit.needId(), List.of(umkm)).get(umkm));
		}
		List<FitNeed> sorted = new ArrayList<>(fits);
		sorted.sort(Comparator.comparing((FitNeed f) -> f.candidate().excluded())
			.thenComparing(f -> -f.candidate().score())
			.thenComparing(FitNeed::deadline)
			.thenComparing(FitNeed::needId));
		assertThat(fits).as("order for UMKM %d", umkm).containsExactlyElementsOf(sorted);
	}

	/**
	 * The needs MatchingService chose before issue 12 (left(kbli_code, prefix) over every
	 * open need), as the reference for the index-range query that replaced it.
	 */
	private List<Long> selectedAsBefore(Long umkm, int prefix) {
		return jdbc.sql("""
				select n.id
				from need_summary n
				join company_summary c on c.id = n.company_id
				join region r on r.code = n.regency_code
				where need_takes_offers(n.status, n.deadline, :today)
				  and left(n.kbli_code, :prefix) in (
				      select left(k.kbli_code, :prefix) from umkm_activity k where k.umkm_id = :umkm
				      union select left(p.kbli_code, :prefix) from product_listing p where p.umkm_id = :umkm)
				order by n.deadline, n.id
				limit 200
				""").param("today", today).param("prefix", prefix).param("umkm", umkm).query(Long.class).list();
	}

	record World(Long miller, Long flourMill, List<Long> millerNeeds, List<Long> flourNeeds) {

		List<Long> needsOf(Long umkm) {
			return umkm.equals(miller) ? millerNeeds : flourNeeds;
		}

	}

	private World world() {
		// the needs of earlier runs on this database close: each test sees only its own
		// in these classes (the 3-digit fallback and the limit of 200 depend on how many
		// are open)
		jdbc.sql("update need set status = 'CLOSED' where kbli_code like '106%' and status = 'OPEN'").update();
		Long medan = fixtures.company("PT Uji Pati Medan", "12.71");
		Long natal = fixtures.company("PT Uji Pati Natal", "12.13");

		Long miller = fixtures.umkm("Pabrik Tapioka Uji", "12.07", "10621").id();
		fixtures.product(miller, "Tepung Tapioka Halus", "10621", Unit.KG, "2000");
		fixtures.product(miller, "Tepung Mocaf", "10629", Unit.KG, "300");
		fixtures.product(miller, "Kerupuk Tapioka Mentah", "10629", Unit.PCS, "500");
		fixtures.verify(miller);
		certificate(miller, "HALAL", "VERIFIED", today.plusYears(2));
		certificate(miller, "PIRT", "VERIFIED", today.minusDays(1));
		certificate(miller, "NPWP", "SUBMITTED", null);
		certificate(miller, "SNI", "SUBMITTED", today.plusYears(1));

		Long flourMill = fixtures.umkm("Penggilingan Tepung Uji", "12.02", "10611").id();
		fixtures.product(flourMill, "Tepung Terigu Protein Tinggi", "10616", Unit.KG, "800");

		List<Long> millerNeeds = new ArrayList<>();
		millerNeeds.add(fixtures.need(medan, "Tepung tapioka", "10621", "1", Unit.TON, "12.71", Map.of()));
		millerNeeds
			.add(fixtures.need(medan, "Tepung tapioka halal", "10621", "500", Unit.KG, "12.71", Map.of("HALAL", true)));
		millerNeeds
			.add(fixtures.need(natal, "Tepung tapioka PIRT", "10621", "500", Unit.KG, "12.13", Map.of("PIRT", true)));
		millerNeeds.add(fixtures.need(natal, "Pati sagu", "10622", "2", Unit.TON, "12.02", Map.of("HALAL", false)));
		millerNeeds
			.add(fixtures.need(medan, "Sirup glukosa", "10623", "100", Unit.LITER, "12.07", Map.of("NPWP", true)));
		millerNeeds.add(fixtures.need(medan, "Tepung mocaf", "10629", "300", Unit.KG, "12.07",
				Map.of("NPWP", false, "SNI", false, "BPOM", false)));
		millerNeeds.add(fixtures.need(natal, "Kerupuk tapioka", "10629", "1000", Unit.PCS, "12.71", Map.of()));
		millerNeeds.add(fixtures.need(medan, "Tapioka untuk pabrik", "10621", "10", Unit.TON, "12.07",
				Map.of("HALAL", true, "PIRT", false)));
		millerNeeds.add(fixtures.need(natal, "Tepung tapioka", "10621", "50", Unit.KG, "12.13", Map.of()));
		millerNeeds.add(fixtures.need(medan, "Pati lainnya", "10629", "5", Unit.KUINTAL, "12.02", Map.of()));
		List<Long> flourNeeds = new ArrayList<>();
		flourNeeds.add(fixtures.need(medan, "Tepung terigu", "10616", "400", Unit.KG, "12.71", Map.of()));
		flourNeeds.add(fixtures.need(natal, "Tepung kacang hijau", "10612", "100", Unit.KG, "12.02", Map.of()));
		// the flour mill's class has fewer than five needs: it sees the 3-digit group
		// (106),
		// the starch needs too
		flourNeeds.addAll(millerNeeds);

		// a track record: one completed partnership of the miller, one running
		partnership(millerNeeds.get(0), medan, miller, "COMPLETED");
		partnership(millerNeeds.get(3), natal, miller, "ACTIVE");
		return new World(miller, flourMill, List.copyOf(millerNeeds), List.copyOf(flourNeeds));
	}

	private void certificate(Long umkmId, String type, String status, LocalDate expiresOn) {
		jdbc.sql(
				"""
						insert into umkm_certificate (umkm_id, type_code, number, issued_on, expires_on, issuer, status, reviewed_at)
						values (?, ?, ?, ?, ?, 'Penerbit uji', ?, case when ? = 'VERIFIED' then now() end)
						""")
			.params(umkmId, type, "UJI-" + type + "-" + umkmId, today.minusYears(3), expiresOn, status, status)
			.update();
	}

	private void partnership(Long need, Long company, Long umkm, String status) {
		jdbc.sql("""
				insert into partnership (need_id, company_id, umkm_id, pattern, object, estimated_value, start_date,
				                         end_date, no_control_declared, status, regency_code)
				values (?, ?, ?, 'RANTAI_PASOK', 'Tapioka', 1000000, current_date, current_date + 30, true, ?, '12.07')
				""").params(need, company, umkm, status).update();
	}

}
