package id.simitra.partnership;

import java.time.LocalDate;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import id.simitra.account.AccountService;
import id.simitra.company.CompanyService;
import id.simitra.need.NeedService;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;
import id.simitra.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The contract's date rules (issue 16): a partnership starts on or after its start date,
 * or earlier with a reason; it is completed only once its start date has come. (End after
 * start: ProposalFormDatesTest.)
 */
@SimitraTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnershipDateRulesTest {

	@Autowired
	AccountService accounts;

	@Autowired
	CompanyService companies;

	@Autowired
	NeedService needs;

	@Autowired
	PartnershipService partnerships;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	LifecycleWorld world;

	@BeforeAll
	void world() {
		world = new LifecycleWorld(accounts, companies, needs, partnerships, fixtures);
	}

	@Test
	void startingBeforeTheStartDateNeedsAReasonWhichIsKept() throws Exception {
		Long id = world.in(PartnershipStatus.APPROVED);
		LocalDate start = startsInTenDays(id);
		MockHttpSession company = WebSession.login(mvc, world.company.getUsername(), WebSession.PASSWORD);
		mvc.perform(post("/kemitraan/{id}/mulai", id).session(company).with(csrf()).param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kontrak baru mulai " + start.getDayOfMonth())))
			.andExpect(content().string(containsString("Untuk memulai lebih awal, tulis alasannya.")));
		mvc.perform(post("/kemitraan/{id}/mulai", id).session(company)
			.with(csrf())
			.cookie(new Cookie("simitra-lang", "en"))
			.param("reason", "")).andExpect(content().string(containsString("To start earlier, write why.")));
		assertThat(statusOf(id)).isEqualTo("APPROVED");

		mvc.perform(post("/kemitraan/{id}/mulai", id).session(company)
			.with(csrf())
			.param("reason", "Bahan baku sudah siap lebih awal")).andExpect(redirectedUrl("/kemitraan/" + id));
		assertThat(statusOf(id)).isEqualTo("ACTIVE");
		assertThat(jdbc.sql("select reason from partnership_event where partnership_id = ? and to_status = 'ACTIVE'")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("Bahan baku sudah siap lebih awal");
	}

	@Test
	void aPartnershipIsNotCompletedBeforeItsStartDate() throws Exception {
		Long id = world.in(PartnershipStatus.ACTIVE);
		startsInTenDays(id);
		assertThatThrownBy(() -> partnerships.perform(world.company, id, PartnershipAction.COMPLETE, null, false, null))
			.isInstanceOfSatisfying(PartnershipDateException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("validation.partnership.completeBeforeStart"));
		MockHttpSession umkm = WebSession.login(mvc, world.umkm.getUsername(), WebSession.PASSWORD);
		mvc.perform(post("/kemitraan/{id}/selesai", id).session(umkm).with(csrf()).param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("belum bisa ditandai selesai sebelum tanggal mulai")));
		mvc.perform(post("/kemitraan/{id}/selesai", id).session(umkm)
			.with(csrf())
			.cookie(new Cookie("simitra-lang", "en"))
			.param("reason", "")).andExpect(content().string(containsString("cannot be marked completed before")));
		assertThat(statusOf(id)).isEqualTo("ACTIVE");

		// From the start date on it can be completed.
		jdbc.sql("update partnership set start_date = current_date - 1 where id = ?").param(id).update();
		partnerships.perform(world.company, id, PartnershipAction.COMPLETE, null, false, null);
		assertThat(statusOf(id)).isEqualTo("COMPLETED");
	}

	private LocalDate startsInTenDays(Long id) {
		LocalDate start = LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).plusDays(10);
		jdbc.sql("update partnership set start_date = ?, end_date = ? where id = ?")
			.params(start, start.plusMonths(6), id)
			.update();
		return start;
	}

	private String statusOf(Long id) {
		return jdbc.sql("select status from partnership where id = ?").param(id).query(String.class).single();
	}

}
