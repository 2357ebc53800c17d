package id.simitra.reporting;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.reporting.internal.Dashboard;
import id.simitra.reporting.internal.Dashboard.Stage;
import id.simitra.reporting.internal.Dashboard.StageRow;
import id.simitra.reporting.internal.ReportFilter;
import id.simitra.reporting.internal.ReportService;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;
import id.simitra.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The funnel by UMKM (issue 16): ranked, met at an event, invited, offered, proposed,
 * approved, completed, with conversion rates, per regency and KBLI section, on a fixture
 * with known answers in 2023 in Nias Barat (12.25) and Nias Utara (12.24), plus rows that
 * must not count (outside the period, outside the top 10, a draft, another province).
 * Each test rolls back.
 */
@SimitraTest
@Transactional
class FunnelStagesTest {

	static final String NIAS_BARAT = "12.25";

	static final String NIAS_UTARA = "12.24";

	static final ReportFilter YEAR_2023 = new ReportFilter("12", null, LocalDate.of(2023, 1, 1),
			LocalDate.of(2023, 12, 31), List.of(NIAS_BARAT, NIAS_UTARA));

	static final String COFFEE = "10761";

	static final String RICE = "01111";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportService reports;

	@BeforeEach
	void fixture() {
		ReportFixture f = new ReportFixture(jdbc, fixtures);
		f.allowEveryStatus();
		Long company = f.company("PT Corong Nias", "12.71");
		Long need = f.need(company, "12.71", "2023-02-01");
		Long otherNeed = f.need(company, "12.71", "2023-02-02");
		// Nias Barat: a1 (coffee) goes all the way to an approved partnership; a2 (rice)
		// is invited; a3, a4 (rice) are only ranked; a5 was shown at place 15 only.
		Long a1 = f.umkm("Corong A1", NIAS_BARAT, "MIKRO", "2022-01-01", null, COFFEE);
		Long a2 = f.umkm("Corong A2", NIAS_BARAT, "MIKRO", "2022-01-01", null, RICE);
		Long a3 = f.umkm("Corong A3", NIAS_BARAT, "MIKRO", "2022-01-01", null, RICE);
		Long a4 = f.umkm("Corong A4", NIAS_BARAT, "MIKRO", "2022-01-01", null, RICE);
		Long a5 = f.umkm("Corong A5", NIAS_BARAT, "MIKRO", "2022-01-01", null, RICE);
		// Nias Utara: b1 (coffee) offers without an invitation; b2 (rice) is only ranked.
		Long b1 = f.umkm("Corong B1", NIAS_UTARA, "MIKRO", "2022-01-01", null, COFFEE);
		Long b2 = f.umkm("Corong B2", NIAS_UTARA, "MIKRO", "2022-01-01", null, RICE);
		// Aceh Selatan: ranked, invited, offered; another province's.
		Long aceh = f.umkm("Corong Aceh", "11.01", "MIKRO", "2022-01-01", null, COFFEE);

		// a1 shown for two needs on two days: one UMKM at the stage.
		shown(need, a1, "2023-03-01", 1);
		shown(otherNeed, a1, "2023-03-02", 3);
		shown(need, a2, "2023-03-01", 2);
		shown(need, a3, "2023-03-01", 4);
		shown(need, a4, "2023-03-01", 10);
		shown(need, a5, "2023-03-01", 15);
		shown(need, b1, "2023-03-01", 5);
		shown(need, b2, "2023-03-01", 6);
		shown(need, aceh, "2023-03-01", 7);
		// outside the period
		shown(otherNeed, a3, "2022-12-31", 1);

		invited(need, a1, "2023-03-03");
		invited(need, a2, "2023-03-03");
		invited(need, aceh, "2023-03-03");
		invited(otherNeed, a3, "2024-01-05");

		offered(need, a1, "2023-03-05");
		offered(need, b1, "2023-03-05");
		offered(need, aceh, "2023-03-05");

		Long approved = f.partnership(company, need, a1, "RANTAI_PASOK", 10_000_000, "2023-04-01", "2024-03-31",
				"APPROVED", "2023-03-10");
		f.events(approved, "PROPOSED", "2023-03-10", "APPROVED", "2023-03-20");
		f.partnership(company, need, a2, "RANTAI_PASOK", 5_000_000, "2023-04-01", "2024-03-31", "DRAFT", "2023-03-10");
	}

	@Test
	void countsEachStageOncePerUmkmWithRates() {
		Dashboard.Stages s = reports.dashboard(YEAR_2023).stages();

		assertThat(counts(s.total())).containsExactly(6L, 0L, 2L, 2L, 1L, 1L, 0L);
		// 6 ranked → 2 invited 33 % → 2 offered 100 % → 1 proposed 50 % → 1 approved 100
		// % →
		// 0 completed 0 %
		assertThat(rates(s.total())).containsExactly(null, null, 33L, 100L, 50L, 100L, 0L);

		Map<String, StageRow> regencies = byLabel(s.byRegency());
		assertThat(regencies).containsOnlyKeys("Kabupaten Nias Barat", "Kabupaten Nias Utara");
		StageRow barat = regencies.get("Kabupaten Nias Barat");
		assertThat(counts(barat)).containsExactly(4L, 0L, 2L, 1L, 1L, 1L, 0L);
		assertThat(rates(barat)).containsExactly(null, null, 50L, 50L, 100L, 100L, 0L);
		StageRow utara = regencies.get("Kabupaten Nias Utara");
		assertThat(counts(utara)).containsExactly(2L, 0L, 0L, 1L, 0L, 0L, 0L);
		// nobody invited: the offers' rate has nothing to divide by ("–" on the page)
		assertThat(rates(utara)).containsExactly(null, null, 0L, null, 0L, null, null);
	}

	@Test
	void splitsByKbliSection() {
		Map<String, StageRow> sections = byLabel(reports.dashboard(YEAR_2023).stages().bySection());
		assertThat(sections.keySet()).hasSize(2).allMatch(l -> l.startsWith("A — ") || l.startsWith("C — "));
		StageRow coffee = sections.entrySet()
			.stream()
			.filter(e -> e.getKey().startsWith("C — "))
			.findFirst()
			.orElseThrow()
			.getValue();
		StageRow rice = sections.entrySet()
			.stream()
			.filter(e -> e.getKey().startsWith("A — "))
			.findFirst()
			.orElseThrow()
			.getValue();
		assertThat(counts(coffee)).containsExactly(2L, 0L, 1L, 2L, 1L, 1L, 0L);
		// offers without invitation: more offered than invited, said as it is
		assertThat(rates(coffee)).containsExactly(null, null, 50L, 200L, 50L, 100L, 0L);
		assertThat(counts(rice)).containsExactly(4L, 0L, 1L, 0L, 0L, 0L, 0L);
		assertThat(rates(rice)).containsExactly(null, null, 25L, 0L, null, null, null);
	}

	@Test
	void anotherProvinceSeesNoneOfIt() {
		ReportFilter aceh = new ReportFilter("11", null, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31),
				List.of("11.01"));
		Dashboard.Stages s = reports.dashboard(aceh).stages();
		// only the Aceh UMKM itself
		assertThat(counts(s.total())).containsExactly(1L, 0L, 1L, 1L, 0L, 0L, 0L);
		assertThat(s.bySection()).hasSize(1);
		assertThat(s.byRegency()).extracting(StageRow::label).doesNotContain("Kabupaten Nias Barat");
	}

	@Test
	void officerPageShowsStagesRatesAndBreakdowns() throws Exception {
		MockHttpSession officer = WebSession.login(mvc, fixtures.officerEmail("12"), WebSession.PASSWORD);
		mvc.perform(get("/petugas/laporan?dari=2023-01-01&sampai=2023-12-31").session(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Tahap UMKM: dari peringkat sampai kemitraan selesai"),
					containsString("33 % dari tahap sebelumnya"), containsString("jalur tersendiri, tanpa konversi"),
					containsString("UMKM per tahap menurut kabupaten/kota"),
					containsString("UMKM per tahap menurut sektor KBLI"), containsString("Kabupaten Nias Utara"),
					containsString("200 %"), containsString(">–<"), containsString("tabindex=\"0\""))));
		MockHttpSession english = WebSession.login(mvc, fixtures.officerEmail("12"), WebSession.PASSWORD);
		mvc.perform(get("/petugas/laporan?dari=2023-01-01&sampai=2023-12-31&lang=en").session(english))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("33 % of the previous stage"),
					containsString("reached a partnership approved by the office"))));
	}

	@Test
	void officerOfAnotherProvinceSeesNoneOfItOnThePage() throws Exception {
		MockHttpSession officer = WebSession.login(mvc, fixtures.officerEmail("11"), WebSession.PASSWORD);
		mvc.perform(
				get("/petugas/laporan?provinsi=12&kabupaten=12.25&dari=2023-01-01&sampai=2023-12-31").session(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("Kabupaten Nias Barat")),
					not(containsString("33 % dari tahap sebelumnya")))));
	}

	private void shown(Long need, Long umkm, String day, int rank) {
		jdbc.sql("""
				insert into match_impression (need_id, umkm_id, day, best_rank, without_partnership)
				values (:need, :umkm, cast(:day as date), :rank, true)
				""").param("need", need).param("umkm", umkm).param("day", day).param("rank", rank).update();
	}

	private void invited(Long need, Long umkm, String day) {
		jdbc.sql(
				"""
						insert into need_invitation (need_id, umkm_id, invited_by, created_at)
						values (:need, :umkm, (select owner_id from company c join need n on n.company_id = c.id where n.id = :need),
						        :at)
						""")
			.param("need", need)
			.param("umkm", umkm)
			.param("at", ReportFixture.at(day + "T05:00:00Z"))
			.update();
	}

	private void offered(Long need, Long umkm, String day) {
		jdbc.sql(
				"""
						insert into offer (need_id, umkm_id, quantity, unit, unit_kind, quantity_base, unit_price, lead_time_days,
						                   valid_until, created_at)
						values (:need, :umkm, 10, 'KG', 'MASS', 10, 45000, 7, cast(:day as date) + 14, :at)
						""")
			.param("need", need)
			.param("umkm", umkm)
			.param("day", day)
			.param("at", ReportFixture.at(day + "T05:00:00Z"))
			.update();
	}

	private static List<Long> counts(StageRow row) {
		return Arrays.stream(Stage.values()).map(row::count).toList();
	}

	private static List<@Nullable Long> rates(StageRow row) {
		return Arrays.stream(Stage.values()).map(row::rate).toList();
	}

	private static Map<String, StageRow> byLabel(List<StageRow> rows) {
		Map<String, StageRow> map = new LinkedHashMap<>();
		rows.forEach(r -> map.put(r.label(), r));
		return map;
	}

}
