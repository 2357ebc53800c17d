package id.simitra.event;

import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Events made as an officer makes them, through the event form and the publish button
 * (issue 14, part h2): sessions 09:00–12:00 and 13:00–16:00, 20-minute meetings.
 */
final class SetupFixtures {

	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	private SetupFixtures() {
	}

	/**
	 * A draft in the regency on {@code day}, registration open from {@code opens} to
	 * {@code closes}; answers its id.
	 */
	static long draft(MockMvc mvc, MockHttpSession officer, String regency, String name, LocalDate day, LocalDate opens,
			LocalDate closes, boolean approval) throws Exception {
		String location = mvc
			.perform(post("/petugas/acara/baru").session(officer)
				.with(csrf())
				.param("name", name)
				.param("regencyCode", regency)
				.param("venue", "Aula Dinas Koperasi")
				.param("eventDate", day.toString())
				.param("sessionStart1", "09:00")
				.param("sessionEnd1", "12:00")
				.param("sessionStart2", "13:00")
				.param("sessionEnd2", "16:00")
				.param("meetingMinutes", "20")
				.param("breakMinutes", "5")
				.param("tableCount", "1")
				.param("maxMeetingsPerUmkm", "4")
				.param("registrationOpens", opens.toString())
				.param("registrationCloses", closes.toString())
				.param("approvalRequired", approval ? "true" : ""))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring("/petugas/acara/".length()));
	}

	/** A published event 30 days ahead whose registration is open today. */
	static long published(MockMvc mvc, MockHttpSession officer, String regency, String name, boolean approval)
			throws Exception {
		LocalDate today = LocalDate.now(WIB);
		long id = draft(mvc, officer, regency, name, today.plusDays(30), today, today.plusDays(20), approval);
		publish(mvc, officer, id);
		return id;
	}

	static void publish(MockMvc mvc, MockHttpSession officer, long id) throws Exception {
		mvc.perform(post("/petugas/acara/" + id + "/terbitkan").session(officer).with(csrf()).param("version", "0"))
			.andExpect(status().is3xxRedirection());
	}

}
