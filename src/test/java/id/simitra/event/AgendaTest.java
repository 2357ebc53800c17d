package id.simitra.event;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import id.simitra.account.Role;
import id.simitra.company.CompanyProfile;
import id.simitra.company.CompanyService;
import id.simitra.reference.Unit;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;
import id.simitra.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Agendas (issue 14, point 5) at a WITA venue (Makassar): the participant's page, its PDF
 * and .ics file, all agendas and the table plan for the officer, with names, tables and
 * venue times read back from the files; nothing before publishing; nobody else's.
 */
@SimitraTest
class AgendaTest {

	static final String MAKASSAR = "73.71";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CompanyService companies;

	EventFixtures events;

	MockHttpSession officer;

	MockHttpSession company;

	MockHttpSession umkm;

	MockHttpSession otherUmkm;

	long event;

	String umkmToken;

	@BeforeEach
	void world() throws Exception {
		events = new EventFixtures(jdbc);
		String officerEmail = fixtures.officerEmail("73");
		long officerId = jdbc.sql("select id from account where email = ?")
			.param(officerEmail)
			.query(Long.class)
			.single();
		officer = WebSession.login(mvc, officerEmail, WebSession.PASSWORD);
		long companyAccount = fixtures.account(Role.COMPANY);
		long companyId = companies
			.saveProfile(companyAccount, new CompanyProfile("PT Agenda Makassar", null, "Uji", MAKASSAR, null), null)
			.id();
		long needId = fixtures.need(companyId, "Kopi robusta Toraja", "10761", "500", Unit.KG, MAKASSAR, Map.of());
		long umkmAccount = fixtures.account(Role.UMKM);
		long umkmId = fixtures.umkmOwnedBy(umkmAccount, "Kopi Toraja Ibu Ani", MAKASSAR, "10761").id();
		long secondUmkm = fixtures.umkm("Kopi Daeng Sore", MAKASSAR, "10761").id();
		long otherAccount = fixtures.account(Role.UMKM);
		fixtures.umkmOwnedBy(otherAccount, "Usaha Lain Agenda", MAKASSAR, "10761");
		otherUmkm = WebSession.login(mvc, fixtures.accountEmailOf(otherAccount), WebSession.PASSWORD);
		event = events.event(MAKASSAR, LocalDate.now().plusDays(10), "SCHEDULED", 3, officerId);
		List<Long> slots = events.session(event, 1, LocalTime.of(9, 0), 2);
		List<Long> sessions = List.of(events.sessionOf(slots.get(0)));
		events.registerCompany(event, companyId, officerId, 2, List.of(needId), sessions);
		umkmToken = events.tokenOf(events.registerUmkm(event, umkmId, officerId, sessions, false));
		events.registerUmkm(event, secondUmkm, officerId, sessions, false);
		events.meeting(event, needId, companyId, umkmId, slots.get(0), 2);
		events.meeting(event, needId, companyId, secondUmkm, slots.get(1), 3);
		company = WebSession.login(mvc, fixtures.accountEmailOf(companyAccount), WebSession.PASSWORD);
		umkm = WebSession.login(mvc, fixtures.accountEmailOf(umkmAccount), WebSession.PASSWORD);
	}

	@Test
	void eachSideSeesItsOwnAgendaInTheVenuesTime() throws Exception {
		mvc.perform(get("/acara/" + event + "/agenda").session(umkm))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("PT Agenda Makassar")))
			.andExpect(content().string(containsString("09:00–09:20 WITA, meja 2")))
			.andExpect(content().string(containsString("/acara/" + event + "/hadir/" + umkmToken)))
			.andExpect(content().string(not(containsString("Kopi Daeng Sore"))));
		mvc.perform(get("/acara/" + event + "/agenda").session(company))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kopi Toraja Ibu Ani")))
			.andExpect(content().string(containsString("09:25–09:45 WITA, meja 3")))
			.andExpect(content().string(containsString("Kopi Daeng Sore")));
	}

	@Test
	void theParticipantsPdfNamesThePartnerNeedTableTimeAndCheckInLink() throws Exception {
		byte[] pdf = mvc.perform(get("/acara/" + event + "/agenda.pdf").session(umkm))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<String> pages = pages(pdf);
		assertThat(pages).hasSize(1);
		assertThat(pages.get(0))
			.contains("Kopi Toraja Ibu Ani", "PT Agenda Makassar", "Kopi robusta Toraja", "09:00–09:20", "Waktu (WITA)",
					"http://portal.simitra.test/acara/" + event + "/hadir/" + umkmToken)
			.doesNotContain("Kopi Daeng Sore");
		assertThat(pages.get(0)).containsPattern("09:00–09:20\\s+2\\s+PT Agenda Makassar");
	}

	@Test
	void theOfficerGetsOnePagePerParticipantAndATablePlan() throws Exception {
		List<String> pages = pages(mvc.perform(get("/petugas/acara/" + event + "/agenda.pdf").session(officer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		// the company first, then the UMKM by name
		assertThat(pages).hasSize(3);
		assertThat(pages.get(0)).contains("PT Agenda Makassar", "Kopi Toraja Ibu Ani", "Kopi Daeng Sore",
				"09:25–09:45");
		assertThat(pages.get(1)).contains("Kopi Daeng Sore", "09:25–09:45", "PT Agenda Makassar")
			.doesNotContain("Kopi Toraja Ibu Ani");
		assertThat(pages.get(2)).contains("Kopi Toraja Ibu Ani", "09:00–09:20", umkmToken);

		List<String> plan = pages(mvc.perform(get("/petugas/acara/" + event + "/denah.pdf").session(officer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(plan).hasSize(2);
		assertThat(plan.get(0)).contains("Meja 2", "09:00–09:20", "PT Agenda Makassar", "Kopi Toraja Ibu Ani");
		assertThat(plan.get(1)).contains("Meja 3", "09:25–09:45", "Kopi Daeng Sore");
	}

	@Test
	void theCalendarFileHoldsEachMeetingAtTheVenuesTime() throws Exception {
		String ics = mvc.perform(get("/acara/" + event + "/agenda.ics").session(company))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/calendar")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
		List<Map<String, String>> vevents = vevents(ics);
		assertThat(vevents).hasSize(2);
		LocalDate day = jdbc.sql("select event_date from event where id = ?")
			.param(event)
			.query(LocalDate.class)
			.single();
		Map<String, String> first = vevents.get(0);
		assertThat(first).containsEntry("DTSTART;TZID=Asia/Makassar",
				day.format(DateTimeFormatter.BASIC_ISO_DATE) + "T090000");
		// 09:00 WITA is 01:00 UTC
		LocalDateTime start = LocalDateTime.parse(first.get("DTSTART;TZID=Asia/Makassar"),
				DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"));
		assertThat(start.atZone(ZoneId.of("Asia/Makassar")).withZoneSameInstant(ZoneOffset.UTC).getHour()).isEqualTo(1);
		assertThat(first.get("SUMMARY")).contains("Kopi Toraja Ibu Ani");
		assertThat(first.get("LOCATION")).isEqualTo("Aula Temu Bisnis\\, meja 2");
		assertThat(ics).contains("TZOFFSETTO:+0800");
		assertThat(vevents.get(1)).containsEntry("DTEND;TZID=Asia/Makassar",
				day.format(DateTimeFormatter.BASIC_ISO_DATE) + "T094500");
		// every line within 75 octets
		assertThat(ics.split("\r\n")).allMatch(l -> l.getBytes(StandardCharsets.UTF_8).length <= 75);
	}

	@Test
	void beforePublishingTheAgendaIsEmptyAndNobodyElseSeesOne() throws Exception {
		jdbc.sql("update event set status = 'PUBLISHED' where id = ?").param(event).update();
		mvc.perform(get("/acara/" + event + "/agenda").session(umkm))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("belum diterbitkan")))
			.andExpect(content().string(not(containsString("PT Agenda Makassar"))));
		for (String path : List.of("", ".pdf", ".ics")) {
			mvc.perform(get("/acara/" + event + "/agenda" + path).session(otherUmkm)).andExpect(status().isNotFound());
		}
		mvc.perform(get("/petugas/acara/" + event + "/agenda.pdf")
			.session(WebSession.login(mvc, fixtures.officerEmail("12"), WebSession.PASSWORD)))
			.andExpect(status().isNotFound());
	}

	private static List<String> pages(byte[] pdf) throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			List<String> pages = new ArrayList<>();
			for (int page = 1; page <= doc.getNumberOfPages(); page++) {
				PDFTextStripper stripper = new PDFTextStripper();
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				pages.add(stripper.getText(doc));
			}
			return pages;
		}
	}

	/** The properties of each VEVENT, lines unfolded (RFC 5545 3.1). */
	private static List<Map<String, String>> vevents(String ics) {
		String unfolded = ics.replace("\r\n ", "");
		List<Map<String, String>> events = new ArrayList<>();
		Map<String, String> current = null;
		for (String line : unfolded.split("\r\n")) {
			if (line.equals("BEGIN:VEVENT")) {
				current = new java.util.LinkedHashMap<>();
			}
			else if (line.equals("END:VEVENT")) {
				events.add(current);
				current = null;
			}
			else if (current != null) {
				int colon = line.indexOf(':');
				current.put(line.substring(0, colon), line.substring(colon + 1));
			}
		}
		return events;
	}

}
