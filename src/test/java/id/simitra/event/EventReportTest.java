package id.simitra.event;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.account.Role;
import id.simitra.event.internal.EventAccess;
import id.simitra.event.internal.report.EventReport;
import id.simitra.event.internal.report.EventReportService;
import id.simitra.offer.internal.OfferData;
import id.simitra.offer.internal.OfferService;
import id.simitra.platform.BarChart;
import id.simitra.reference.Unit;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;
import id.simitra.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The event report's figures on a fixture with known answers, its page and its CSV and
 * XLSX files. Each test runs in a transaction that is rolled back.
 */
@SimitraTest
@Transactional
class EventReportTest {

	static final String MEDAN = "12.71";

	static final String DELI_SERDANG = "12.07";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventAccess access;

	@Autowired
	EventReportService reports;

	@Autowired
	OfferService offers;

	long event;

	long proposedFromMeeting;

	@BeforeEach
	void fixture() {
		OutcomeFixtures f = new OutcomeFixtures(jdbc);
		long admin = fixtures.account(Role.ADMIN);
		long companyA = fixtures.company("PT Laporan Satu", MEDAN);
		long companyB = fixtures.company("PT Laporan Dua", MEDAN);
		long needA = fixtures.need(companyA, "Kopi bubuk laporan", "10761", "100", Unit.KG, MEDAN, Map.of());
		long needB = fixtures.need(companyB, "Beras laporan", "46331", "100", Unit.KG, MEDAN, Map.of());
		long u1 = umkm("Kopi Laporan", MEDAN, "MIKRO", "10761");
		long u2 = umkm("Grosir Laporan", DELI_SERDANG, "KECIL", "46331");
		long u3 = umkm("Kopi Grosir Laporan", MEDAN, "MIKRO", "10761", "46331");
		long u4 = umkm("Belum Disetujui", MEDAN, "MENENGAH", "10761");
		event = f.event(MEDAN, LocalDate.now().minusDays(20), admin);
		f.registerUmkm(event, u1, admin, "APPROVED");
		f.registerUmkm(event, u2, admin, "APPROVED");
		f.registerUmkm(event, u3, admin, "APPROVED");
		f.registerUmkm(event, u4, admin, "PENDING");
		f.registerCompany(event, companyA, admin, "APPROVED");
		f.registerCompany(event, companyB, admin, "APPROVED");
		long m1 = f.meeting(event, needA, companyA, u1, f.slot(event, LocalTime.of(9, 0)), 1, "HELD");
		long m2 = f.meeting(event, needA, companyA, u2, f.slot(event, LocalTime.of(9, 25)), 1, "HELD");
		f.meeting(event, needB, companyB, u3, f.slot(event, LocalTime.of(9, 50)), 2, "NO_SHOW");
		long m4 = f.meeting(event, needB, companyB, u1, f.slot(event, LocalTime.of(10, 15)), 2, "HELD");
		f.outcomes(m1, "INVITE_OFFER", "=SUM(1)", "INTERESTED", "Siap kirim contoh");
		f.outcomes(m2, "PROPOSE", null, "INTERESTED", null);
		f.outcomes(m4, "NOT_FIT", "Kapasitas kurang", null, null);

		// an invitation from m1, and the offer made on it (which takes the meeting over)
		jdbc.sql("insert into need_invitation (need_id, umkm_id, invited_by, event_meeting_id) values (?, ?, ?, ?)")
			.params(needA, u1, admin, m1)
			.update();
		offers.submit(u1, needA, new OfferData(new BigDecimal("50"), Unit.KG, 45_000L, 7, LocalDate.now().plusDays(14),
				"Kopi robusta", null));
		// proposed from m2; a draft from m4 and an approved partnership from no meeting
		// do not count
		proposedFromMeeting = partnership(needA, companyA, u2, 40_000_000L, "PROPOSED", m2);
		partnership(needB, companyB, u1, 7_000_000L, "DRAFT", m4);
		partnership(needB, companyB, u3, 9_000_000L, "APPROVED", null);
	}

	@Test
	void figuresMatchTheFixture() {
		EventReport r = reports.report(access.facts(event), 0);

		assertThat(r.umkmParticipants()).isEqualTo(3);
		assertThat(r.companyParticipants()).isEqualTo(2);
		assertThat(values(r.bySize())).containsExactly(Map.entry("sizeClass.MIKRO", 2L),
				Map.entry("sizeClass.KECIL", 1L), Map.entry("sizeClass.MENENGAH", 0L),
				Map.entry("sizeClass.BESAR", 0L));
		assertThat(values(r.byRegency())).containsExactly(Map.entry("Kota Medan", 2L),
				Map.entry("Kabupaten Deli Serdang", 1L));
		assertThat(values(r.bySection())).containsExactly(Map.entry("C — Industri Pengolahan", 2L),
				Map.entry("G — Perdagangan Besar dan Eceran; Reparasi dan Perawatan Mobil dan Sepeda Motor", 2L));
		assertThat(values(r.meetingStatus())).containsExactly(Map.entry("outcome.status.HELD", 3L),
				Map.entry("outcome.status.NO_SHOW", 1L), Map.entry("outcome.status.PLANNED", 0L),
				Map.entry("outcome.status.CANCELLED", 0L));
		assertThat(values(r.companyOutcomes())).containsExactly(Map.entry("outcome.NOT_FIT", 1L),
				Map.entry("outcome.INTERESTED", 0L), Map.entry("outcome.INVITE_OFFER", 1L),
				Map.entry("outcome.PROPOSE", 1L), Map.entry("outcome.NONE", 0L));
		assertThat(values(r.umkmOutcomes())).containsExactly(Map.entry("outcome.NOT_FIT", 0L),
				Map.entry("outcome.INTERESTED", 2L), Map.entry("outcome.NONE", 1L));
		assertThat(r.followUp()).isEqualTo(new EventReport.FollowUp(1, 1, 1, 0, 40_000_000L, 0));
		assertThat(r.meetings().totalItems()).isEqualTo(4);
		assertThat(r.meetings().items()).extracting(row -> row.umkmName())
			.containsExactly("Kopi Laporan", "Grosir Laporan", "Kopi Grosir Laporan", "Kopi Laporan");
	}

	@Test
	void aPartnershipApprovedMonthsLaterCountsAtOnce() {
		jdbc.sql("update partnership set status = 'APPROVED' where id = :id").param("id", proposedFromMeeting).update();
		EventReport r = reports.report(access.facts(event), 0);
		assertThat(r.followUp()).isEqualTo(new EventReport.FollowUp(1, 1, 1, 1, 40_000_000L, 40_000_000L));
		assertThat(r.meetings().items().get(1).partnershipStatus()).isEqualTo("APPROVED");
	}

	@Test
	void thePageForTheProvincesOfficerOnly() throws Exception {
		MockHttpSession officer = WebSession.login(mvc, fixtures.officerEmail("12"), WebSession.PASSWORD);
		mvc.perform(get("/petugas/acara/" + event + "/laporan").session(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"fig-umkm\">3<")))
			.andExpect(content().string(containsString("Rp 40.000.000")))
			.andExpect(content().string(containsString("Kapasitas kurang")));
		MockHttpSession elsewhere = WebSession.login(mvc, fixtures.officerEmail("63"), WebSession.PASSWORD);
		mvc.perform(get("/petugas/acara/" + event + "/laporan").session(elsewhere)).andExpect(status().isNotFound());
	}

	@Test
	void csvHoldsEveryMeetingWithBothSides() throws Exception {
		MockHttpSession officer = WebSession.login(mvc, fixtures.officerEmail("12"), WebSession.PASSWORD);
		byte[] body = mvc.perform(get("/petugas/acara/" + event + "/laporan.csv").session(officer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String csv = new String(body, StandardCharsets.UTF_8);
		List<String> lines = csv.lines().toList();
		assertThat(lines).hasSize(5);
		assertThat(lines.get(0)).startsWith("\uFEFFID pertemuan,Waktu,Meja,Perusahaan");
		assertThat(lines.get(1)).contains("09:00", "PT Laporan Satu", "Kopi Laporan", "Usaha mikro", "Kota Medan",
				"Berlangsung", "Undang mengajukan penawaran", "'=SUM(1)", "Tertarik", "Siap kirim contoh", "Ya");
		assertThat(lines.get(2)).contains("Grosir Laporan", "Usulkan kemitraan", "Diusulkan ke UMKM", "40000000");
		assertThat(lines.get(3)).contains("Tidak hadir");
	}

	@Test
	void xlsxHoldsTheSameRows() throws Exception {
		MockHttpSession officer = WebSession.login(mvc, fixtures.officerEmail("12"), WebSession.PASSWORD);
		byte[] body = mvc.perform(get("/petugas/acara/" + event + "/laporan.xlsx").session(officer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("Pertemuan");
			assertThat(sheet.getLastRowNum()).isEqualTo(4);
			Row second = sheet.getRow(2);
			assertThat(second.getCell(5).getStringCellValue()).isEqualTo("Grosir Laporan");
			assertThat(second.getCell(7).getStringCellValue()).isEqualTo(DELI_SERDANG);
			assertThat(second.getCell(17).getNumericCellValue()).isEqualTo(40_000_000d);
			// a note Excel would run stays text
			assertThat(sheet.getRow(1).getCell(11).getStringCellValue()).isEqualTo("=SUM(1)");
		}
	}

	private long umkm(String name, String regency, String sizeClass, String... kbli) {
		long id = fixtures.umkm(name, regency, kbli).id();
		jdbc.sql("update umkm set size_class = :size where id = :id").param("size", sizeClass).param("id", id).update();
		return id;
	}

	private long partnership(long needId, long companyId, long umkmId, long value, String status, Long meetingId) {
		return jdbc.sql("""
				insert into partnership (need_id, company_id, umkm_id, pattern, object, estimated_value, start_date,
				                         end_date, no_control_declared, status, regency_code, event_meeting_id)
				values (:need, :company, :umkm, 'RANTAI_PASOK', 'Pasokan dari temu bisnis', :value, current_date + 30,
				        current_date + 200, true, :status, (select regency_code from umkm where id = :umkm), :meeting)
				returning id
				""")
			.param("need", needId)
			.param("company", companyId)
			.param("umkm", umkmId)
			.param("value", value)
			.param("status", status)
			.param("meeting", meetingId)
			.query(Long.class)
			.single();
	}

	private static Map<String, Long> values(BarChart chart) {
		Map<String, Long> out = new LinkedHashMap<>();
		chart.bars().forEach(b -> out.put(b.key() != null ? b.key() : b.label(), b.value()));
		return out;
	}

}
