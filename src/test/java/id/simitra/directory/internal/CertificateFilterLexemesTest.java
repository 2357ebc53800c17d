package id.simitra.directory.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.reference.RegionService;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directory's certificate filter reads umkm's expiry lexemes (V114) instead of asking
 * umkm_valid_certificate(today) for each candidate: on every day, for every kind, both
 * say the same, including certificates that expired, expire that very day, have no
 * expiry, wait for review, were rejected, were renewed or deleted.
 */
@SimitraTest
@Transactional
class CertificateFilterLexemesTest {

	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	RegionService regions;

	@Autowired
	Clock clock;

	@Test
	void theLexemesSayWhatTheCertificateRuleSaysOnEveryDay() {
		LocalDate today = LocalDate.now(clock);
		String tag = tag();
		Long valid = umkm("Sah", tag);
		Long expired = umkm("Lewat", tag);
		Long endsToday = umkm("Hariini", tag);
		Long noExpiry = umkm("Selamanya", tag);
		Long waiting = umkm("Menunggu", tag);
		Long rejected = umkm("Ditolak", tag);
		Long renewed = umkm("Diperpanjang", tag);
		Long removed = umkm("Dihapus", tag);
		Long twoKinds = umkm("Duajenis", tag);
		certificate(valid, "HALAL", "VERIFIED", today.plusYears(1));
		certificate(expired, "HALAL", "VERIFIED", today.minusDays(1));
		certificate(endsToday, "PIRT", "VERIFIED", today);
		certificate(noExpiry, "HALAL", "VERIFIED", null);
		certificate(waiting, "HALAL", "SUBMITTED", today.plusYears(1));
		certificate(rejected, "BPOM", "REJECTED", today.plusYears(1));
		certificate(renewed, "BPOM", "VERIFIED", today.minusMonths(2));
		certificate(removed, "SNI", "VERIFIED", today.plusYears(2));
		// an expired one and a valid one of the same kind, and another kind far ahead
		certificate(twoKinds, "PIRT", "VERIFIED", today.minusYears(1));
		certificate(twoKinds, "PIRT", "VERIFIED", today.plusDays(10));
		certificate(twoKinds, "SNI", "VERIFIED", LocalDate.of(9999, 12, 31));
		// the document follows a renewal and a deletion
		jdbc.sql("update umkm_certificate set expires_on = ? where umkm_id = ?")
			.params(today.plusYears(3), renewed)
			.update();
		jdbc.sql("delete from umkm_certificate where umkm_id = ?").param(removed).update();

		Set<LocalDate> days = new TreeSet<>();
		for (LocalDate d : jdbc.sql("select distinct expires_on from umkm_certificate where expires_on is not null")
			.query(LocalDate.class)
			.list()) {
			days.add(d.minusDays(1));
			days.add(d);
			days.add(d.plusDays(1));
		}
		days.addAll(List.of(today, today.minusDays(1), today.plusDays(1), today.minusYears(2), today.plusYears(5),
				LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1), LocalDate.of(1999, 12, 31),
				LocalDate.of(2000, 1, 1), LocalDate.of(1000, 1, 1), LocalDate.of(9999, 12, 31)));
		List<String> kinds = jdbc.sql("select code from umkm_certificate_kind order by code")
			.query(String.class)
			.list();
		int compared = 0;
		for (LocalDate day : days) {
			if (day.getYear() < 1000 || day.getYear() > 9999) {
				continue;
			}
			for (String kind : kinds) {
				assertThat(byLexemes(kind, day)).as("%s on %s", kind, day).isEqualTo(byRule(kind, day));
				compared++;
			}
		}
		assertThat(compared).isGreaterThan(100);

		// the fixture's own answers today
		assertThat(byLexemes("HALAL", today)).contains(valid, noExpiry).doesNotContain(expired, waiting);
		assertThat(byLexemes("PIRT", today)).contains(endsToday, twoKinds);
		assertThat(byLexemes("PIRT", today.plusDays(1))).doesNotContain(endsToday).contains(twoKinds);
		assertThat(byLexemes("PIRT", today.plusDays(11))).doesNotContain(endsToday, twoKinds);
		assertThat(byLexemes("BPOM", today)).contains(renewed).doesNotContain(rejected);
		assertThat(byLexemes("SNI", today)).contains(twoKinds).doesNotContain(removed);
	}

	@Test
	void theDirectoryFindsTheSameOnTheDayOfExpiryAndAfter() {
		LocalDate today = LocalDate.now(clock);
		String tag = tag();
		Long ends = umkm("Berakhir", tag);
		Long stays = umkm("Bertahan", tag);
		Long old = umkm("Usang", tag);
		certificate(ends, "HALAL", "VERIFIED", today.plusDays(3));
		certificate(stays, "HALAL", "VERIFIED", null);
		certificate(old, "HALAL", "VERIFIED", today.minusDays(30));
		for (LocalDate day : List.of(today, today.plusDays(3), today.plusDays(4))) {
			DirectoryService directory = new DirectoryService(jdbc, regions,
					Clock.fixed(day.atStartOfDay(WIB).plusHours(12).toInstant(), WIB), new FilterFrequencies(jdbc));
			List<Long> found = directory
				.search(new DirectoryQuery(tag, null, null, null, null, List.of("HALAL"), false, null, null, null, null,
						0))
				.page()
				.items()
				.stream()
				.map(DirectoryEntry::umkmId)
				.toList();
			List<Long> rule = new ArrayList<>(byRule("HALAL", day));
			rule.retainAll(List.of(ends, stays, old));
			assertThat(found).as("on %s", day).containsExactlyInAnyOrderElementsOf(rule);
		}
		assertThat(byRule("HALAL", today.plusDays(4))).contains(stays).doesNotContain(ends, old);
	}

	/**
	 * The prefix terms cover exactly the 8-digit strings at or after the day's:
	 * PostgreSQL matches each sample lexeme against the group, compared with string
	 * order, for random samples and the neighbours of a few days.
	 */
	@Test
	void theTermsAreExactlyTheDaysFromTheGivenOne() {
		Random random = new Random(12);
		List<String> samples = new ArrayList<>(List.of("00000000", "99999999", "20261207", "20261231", "20270101",
				"20261206", "20261208", "19991231", "20000101", "10000101", "99991231"));
		for (int i = 0; i < 2000; i++) {
			samples.add(String.format("%08d", random.nextInt(100_000_000)));
		}
		for (LocalDate day : List.of(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1),
				LocalDate.of(1000, 1, 1), LocalDate.of(9999, 12, 31), LocalDate.of(2099, 9, 9))) {
			String date = day.format(DateTimeFormatter.BASIC_ISO_DATE);
			Set<String> matched = new TreeSet<>(jdbc.sql("""
					select s from unnest(cast(:samples as text[])) s
					where array_to_tsvector(array['~ eHALAL:' || s]) @@ cast(:terms as tsquery)
					""")
				.param("samples", samples.toArray(String[]::new))
				.param("terms", DirectoryService.validOn("HALAL", day))
				.query(String.class)
				.list());
			Set<String> expected = new TreeSet<>(samples.stream().filter(s -> s.compareTo(date) >= 0).toList());
			assertThat(matched).as("from %s", date).isEqualTo(expected);
		}
		// another kind's lexemes never match
		assertThat(jdbc.sql("select array_to_tsvector(array['~ ePIRT:99999999']) @@ cast(:terms as tsquery)")
			.param("terms", DirectoryService.validOn("HALAL", LocalDate.of(2026, 12, 7)))
			.query(Boolean.class)
			.single()).isFalse();
	}

	private Set<Long> byLexemes(String kind, LocalDate day) {
		return new TreeSet<>(jdbc.sql("select u.id from umkm_listing u where u.doc @@ cast(:filter as tsquery)")
			.param("filter", DirectoryService.validOn(kind, day))
			.query(Long.class)
			.list());
	}

	private Set<Long> byRule(String kind, LocalDate day) {
		return new TreeSet<>(jdbc
			.sql("""
					select u.id from umkm_listing u
					where exists (select 1 from umkm_valid_certificate(:day) c where c.umkm_id = u.id and c.type_code = :kind)
					""")
			.param("day", day)
			.param("kind", kind)
			.query(Long.class)
			.list());
	}

	private Long umkm(String name, String tag) {
		return fixtures.umkm(name + " " + tag, "12.71", "10761").id();
	}

	private void certificate(Long umkmId, String type, String status, LocalDate expires) {
		jdbc.sql("""
				insert into umkm_certificate (umkm_id, type_code, number, issued_on, expires_on, issuer, status)
				values (?, ?, 'ID1234567890', date '2020-01-01', ?, 'Uji', ?)
				""").params(umkmId, type, expires, status).update();
	}

	private static String tag() {
		return "lekssert" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
	}

}
