package id.simitra.reporting;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.account.Role;
import id.simitra.event.OutcomeFixtures;
import id.simitra.platform.BarChart;
import id.simitra.platform.BarChart.Bar;
import id.simitra.reporting.internal.Dashboard;
import id.simitra.reporting.internal.ReportFilter;
import id.simitra.reporting.internal.ReportService;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;
import id.simitra.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Dashboard figures and exports on a fixture with known answers: 2025 in Kabupaten Nias
 * Barat (12.25), a regency no other test uses. Each test runs in a transaction that is
 * rolled back, together with the widened status constraint.
 */
@SimitraTest
@Transactional
class ReportDashboardTest {

	static final String NIAS_BARAT = "12.25";

	static final ReportFilter YEAR_2025 = new ReportFilter("12", NIAS_BARAT, LocalDate.of(2025, 1, 1),
			LocalDate.of(2025, 12, 31), List.of(NIAS_BARAT));

	static final String PERIOD = "kabupaten=12.25&dari=2025-01-01&sampai=2025-12-31";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportService reports;

	Map<String, Long> p = new LinkedHashMap<>();

	@BeforeEach
	void fixture() {
		ReportFixture f = new ReportFixture(jdbc, fixtures);
		f.allowEveryStatus();
		Long company = f.company("PT Mitra Nias", "12.71");

		// Registered by the end of 2025: u1..u4 and u6 (2 micro, 2 small, 1 medium); u5
		// only in 2026.
		// Verified by then: u1 and u3 (u6 was verified in January 2026).
		Long u1 = f.umkm("Kopi Nias Barat", NIAS_BARAT, "MIKRO", "2024-05-01", "2025-02-01", "10761", "46331");
		Long u2 = f.umkm("Kerupuk Ikan Sirombu", NIAS_BARAT, "MIKRO", "2025-03-01", null, "10761");
		Long u3 = f.umkm("Kebun Kopi Lahomi", NIAS_BARAT, "KECIL", "2025-06-01", "2025-07-01", "01270");
		Long u4 = f.umkm("Toko Grosir Mandrehe", NIAS_BARAT, "MENENGAH", "2025-08-01", null, "46331");
		Long u5 = f.umkm("Usaha Baru 2026", NIAS_BARAT, "MIKRO", "2026-02-01", null, "10761");
		Long u6 = f.umkm("Waralaba Moro'o", NIAS_BARAT, "KECIL", "2025-11-30", "2026-01-05", "10761");
		// Excel would run this name as a formula.
		jdbc.sql("update umkm set business_name = '=HYPERLINK(\"http://x\")' where id = :id").param("id", u2).update();

		// Needs in 2025 by WIB days: the first and the one at 20:00 WIB on 31 December;
		// not the one of
		// 2024, nor the one at 03:00 WIB on 1 January 2026 (still 2025 in UTC).
		Long need = f.need(company, NIAS_BARAT, "2025-02-01");
		Long need2024 = f.need(company, NIAS_BARAT, "2024-12-01");
		f.need(company, NIAS_BARAT, "2025-12-31T20:00:00+07:00");
		f.need(company, NIAS_BARAT, "2026-01-01T03:00:00+07:00");

		// Met at a business-matching event (issue 14): u1 (twice, counted once) and u3
		// held meetings in June 2025, u2 did not come; u4 met only in 2026.
		OutcomeFixtures events = new OutcomeFixtures(jdbc);
		long june = events.event("12.71", LocalDate.of(2025, 6, 10), f.actor);
		events.meeting(june, need, company, u1, events.slot(june, LocalTime.of(9, 0)), 1, "HELD");
		events.meeting(june, need2024, company, u1, events.slot(june, LocalTime.of(9, 25)), 1, "HELD");
		events.meeting(june, need, company, u3, events.slot(june, LocalTime.of(9, 50)), 1, "HELD");
		events.meeting(june, need, company, u2, events.slot(june, LocalTime.of(10, 15)), 1, "NO_SHOW");
		long next = events.event("12.71", LocalDate.of(2026, 2, 10), f.actor);
		events.meeting(next, need, company, u4, events.slot(next, LocalTime.of(9, 0)), 1, "HELD");

		p.put("p1", f.partnership(company, need, u1, "RANTAI_PASOK", 100_000_000, "2025-03-01", "2026-02-28", "ACTIVE",
				"2025-02-10"));
		f.events(p.get("p1"), "PROPOSED", "2025-02-10", "SUBMITTED", "2025-02-12", "APPROVED", "2025-02-20", "ACTIVE",
				"2025-03-01");
		p.put("p2", f.partnership(company, null, u1, "SUBKONTRAK", 50_000_000, "2025-01-01", "2025-06-30", "COMPLETED",
				"2024-12-01"));
		f.events(p.get("p2"), "PROPOSED", "2024-12-01", "APPROVED", "2024-12-15", "COMPLETED", "2025-06-30");
		// Sent back after 4 days, approved later: the first decision counts.
		p.put("p3", f.partnership(company, null, u3, "RANTAI_PASOK", 25_000_000, "2025-09-01", "2025-12-31",
				"COMPLETED", "2025-07-01"));
		f.events(p.get("p3"), "PROPOSED", "2025-07-01", "RETURNED", "2025-07-05", "SUBMITTED", "2025-07-06", "APPROVED",
				"2025-07-21", "COMPLETED", "2025-12-31");
		p.put("p4", f.partnership(company, null, u2, "INTI_PLASMA", 10_000_000, "2025-05-01", "2025-10-31", "REJECTED",
				"2025-04-01"));
		f.events(p.get("p4"), "PROPOSED", "2025-04-01", "REJECTED", "2025-04-08");
		// Approved in 2025 but its contract only starts in 2026.
		p.put("p5", f.partnership(company, null, u4, "PERDAGANGAN_UMUM", 5_000_000, "2026-01-15", "2026-06-30",
				"APPROVED", "2025-10-01"));
		f.events(p.get("p5"), "PROPOSED", "2025-10-01", "APPROVED", "2025-10-31");
		p.put("p6", f.partnership(company, null, u2, "DISTRIBUSI_KEAGENAN", 7_000_000, "2026-01-01", "2026-12-31",
				"PROPOSED", "2025-12-01"));
		f.events(p.get("p6"), "PROPOSED", "2025-12-01");
		p.put("p7", f.partnership(company, null, u6, "WARALABA", 3_000_000, "2025-06-01", "2025-12-31", "DRAFT",
				"2025-05-01"));
		// Its UMKM registered only in 2026: not part of the 2025 figures.
		p.put("p8", f.partnership(company, null, u5, "BAGI_HASIL", 9_000_000, "2025-06-01", "2025-12-31", "APPROVED",
				"2026-02-02"));
		f.events(p.get("p8"), "PROPOSED", "2026-02-02", "APPROVED", "2026-02-03");
		// Its contract runs in 2025 but the Dinas approved it only in January 2026.
		p.put("p9", f.partnership(company, null, u3, "USAHA_PATUNGAN", 11_000_000, "2025-06-01", "2025-12-31",
				"APPROVED", "2024-11-01"));
		f.events(p.get("p9"), "PROPOSED", "2024-11-01", "APPROVED", "2026-01-10");
	}

	@Test
	void figuresOfTheYearMatchTheFixture() {
		Dashboard d = reports.dashboard(YEAR_2025);

		assertThat(d.registered()).isEqualTo(5);
		assertThat(d.newInPeriod()).isEqualTo(4);
		assertThat(d.verified()).isEqualTo(2);
		assertThat(values(d.bySizeClass())).containsExactly(Map.entry("sizeClass.MIKRO", 2L),
				Map.entry("sizeClass.KECIL", 2L), Map.entry("sizeClass.MENENGAH", 1L),
				Map.entry("sizeClass.BESAR", 0L));

		// In force in 2025: p1 (active), p2 (completed), p3 (completed) and p5 (approved
		// in 2025, starts in 2026);
		// not p8 (its UMKM registered in 2026) nor p9 (approved in 2026).
		assertThat(d.approvedPartnerships()).isEqualTo(4);
		assertThat(d.contractValue()).isEqualTo(180_000_000L);
		assertThat(d.umkmWithApproved()).isEqualTo(3);
		assertThat(d.sharePercent()).isEqualByComparingTo(new BigDecimal("60.0"));

		assertThat(values(d.byPattern())).hasSize(10)
			.containsEntry("pattern.RANTAI_PASOK", 2L)
			.containsEntry("pattern.SUBKONTRAK", 1L)
			.containsEntry("pattern.PERDAGANGAN_UMUM", 1L)
			.containsEntry("pattern.USAHA_PATUNGAN", 0L)
			.containsEntry("pattern.BAGI_HASIL", 0L);
		assertThat(d.byPattern().total()).isEqualTo(4);
		// u1 is registered in sections C and G, so p1 and p2 count in both; p5's UMKM is
		// in G.
		assertThat(values(d.bySection())).containsExactly(
				Map.entry("G — Perdagangan Besar dan Eceran; Reparasi dan Perawatan Mobil dan Sepeda Motor", 3L),
				Map.entry("C — Industri Pengolahan", 2L), Map.entry("A — Pertanian, Kehutanan dan Perikanan", 1L));
		assertThat(values(d.byRegency())).containsExactly(Map.entry("Kabupaten Nias Barat", 4L));
		assertThat(d.regenciesWithout()).isEmpty();

		// Proposed in 2025: p1, p3, p4, p5, p6 (p2 in 2024, p7 a draft, p8 in 2026).
		assertThat(d.funnel()).isEqualTo(new Dashboard.Funnel(2, 0, 2, 5, 3, 1));
		// First decisions: p1 10 days, p3 4 (returned), p4 7, p5 30; p6 waits. Median of
		// 4, 7, 10, 30.
		assertThat(d.medianDays()).isEqualByComparingTo(new BigDecimal("8.5"));
		assertThat(d.decisions()).isEqualTo(4);
	}

	@Test
	void anEmptyAreaHasZerosAndNoShare() {
		ReportFilter nothing = new ReportFilter("12", NIAS_BARAT, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31),
				List.of(NIAS_BARAT));
		Dashboard d = reports.dashboard(nothing);
		assertThat(d.registered()).isZero();
		assertThat(d.sharePercent()).isNull();
		assertThat(d.medianDays()).isNull();
		assertThat(d.byPattern().isEmpty()).isTrue();
		assertThat(d.bySection().bars()).isEmpty();
		assertThat(d.regenciesWithout()).containsExactly("Kabupaten Nias Barat");
	}

	@Test
	void officerSeesFiguresChartsAndTablesInIndonesian() throws Exception {
		MockHttpSession officer = officer();
		mvc.perform(get("/petugas/laporan?" + PERIOD).session(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(
					containsString("Kabupaten Nias Barat · 1 Januari 2025 – 31 Desember 2025"),
					containsString("(60 % dari UMKM terdaftar)"), containsString("Rp 180.000.000"),
					containsString("8,5 hari"), containsString("median dari 4 usulan"), containsString("role=\"img\""),
					containsString("<title id=\"chart-pattern-title\">"), containsString("viewBox=\"0 0 360 440\""))))
			.andExpect(content().string(
					matchesPattern("(?s).*<rect x=\"0\" height=\"16\" fill=\"#0b5d3b\" y=\"20\" width=\"250\">.*")));
		// Defaults: the officer's province (North Sumatra without a province on the
		// account) and this year.
		mvc.perform(get("/petugas/laporan").session(officer))
			.andExpect(content()
				.string(containsString("Sumatera Utara · 1 Januari " + LocalDate.now(ReportFilter.WIB).getYear())));
		mvc.perform(get("/petugas/laporan?dari=kemarin&kabupaten=99.99").session(officer).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("A date could not be read"), containsString("That regency/city is unknown"))));
	}

	@Test
	void onlyOfficersSeeReportsAndExports() throws Exception {
		MockHttpSession company = WebSession.login(mvc, fixtures.accountEmail(Role.COMPANY), WebSession.PASSWORD);
		mvc.perform(get("/petugas/laporan").session(company)).andExpect(status().isForbidden());
		mvc.perform(get("/petugas/laporan/ekspor/umkm.csv").session(company)).andExpect(status().isForbidden());
		mvc.perform(get("/petugas/laporan/ekspor/umkm.csv")).andExpect(status().is3xxRedirection());
	}

	@Test
	void exportPageCountsTheRowsFirst() throws Exception {
		mvc.perform(get("/petugas/laporan/ekspor?" + PERIOD).session(officer()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("6 baris akan diekspor"),
					containsString("5 baris akan diekspor"), containsString(
							"/petugas/laporan/ekspor/kemitraan.csv?provinsi=12&amp;kabupaten=12.25&amp;dari=2025-01-01&amp;sampai=2025-12-31"))));
	}

	@Test
	void partnershipCsvHasTheRowsTheFiguresCountWithFormulaSafeText() throws Exception {
		byte[] csv = mvc.perform(get("/petugas/laporan/ekspor/kemitraan.csv?" + PERIOD).session(officer()))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "text/csv;charset=UTF-8"))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, matchesPattern(
					"attachment; filename=\"simitra-kemitraan-12\\.25-20250101-20251231-diunduh-[0-9]{8}\\.csv\"")))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		String[] lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).split("\r\n");
		assertThat(lines[0]).startsWith("id kemitraan,status,pola kemitraan,objek kemitraan,nilai kontrak (Rp),");
		assertThat(Arrays.stream(lines).skip(1).map(l -> Long.valueOf(l.substring(0, l.indexOf(',')))))
			.containsExactly(p.get("p1"), p.get("p2"), p.get("p3"), p.get("p4"), p.get("p5"), p.get("p6"));
		assertThat(lines[1]).contains(
				",Rantai pasok,Pasokan rantai_pasok,100000000,2025-03-01,2026-02-28,2025-02-10T07:00:00+07:00,PT Mitra Nias,")
			.contains(",12.25,Kabupaten Nias Barat,10761,");
		assertThat(lines[4]).contains(",Ditolak Dinas,").contains(",\"'=HYPERLINK(\"\"http://x\"\")\",");
		assertThat(String.join("\n", lines)).doesNotContain("Pemilik")
			.doesNotContain("081260001111")
			.doesNotContain("Jl. ");
	}

	@Test
	void umkmWorkbookKeepsCodesAsText() throws Exception {
		byte[] xlsx = mvc
			.perform(get("/petugas/laporan/ekspor/umkm.xlsx?" + PERIOD).session(officer()).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE,
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheet("UMKM");
			assertThat(sheet.getLastRowNum()).isEqualTo(5);
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("business name");
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Kopi Nias Barat");
			assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Micro business");
			assertThat(sheet.getRow(1).getCell(5).getCellType()).isEqualTo(CellType.STRING);
			assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("12.25");
			assertThat(sheet.getRow(1).getCell(7).getStringCellValue()).isEqualTo("10761; 46331");
			// u1 has p1 and p2 running in 2025.
			assertThat(sheet.getRow(1).getCell(10).getNumericCellValue()).isEqualTo(2.0);
			assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
			assertThat(sheet.getRow(2).getCell(1).getCellType()).isEqualTo(CellType.STRING);
		}
	}

	private MockHttpSession officer() throws Exception {
		return WebSession.login(mvc, fixtures.officerEmail("12"), WebSession.PASSWORD);
	}

	private static Map<String, Long> values(BarChart chart) {
		Map<String, Long> values = new LinkedHashMap<>();
		for (Bar b : chart.bars()) {
			values.put(b.key() != null ? b.key() : b.label(), b.value());
		}
		return values;
	}

}
