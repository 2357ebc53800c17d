package id.simitra.partnership;

import java.util.List;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import id.simitra.account.AccountService;
import id.simitra.account.SimitraUser;
import id.simitra.company.CompanyService;
import id.simitra.need.NeedService;
import id.simitra.notification.NotificationService;
import id.simitra.partnership.internal.PartnershipView;
import id.simitra.platform.ConflictException;
import id.simitra.platform.NotFoundException;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;
import id.simitra.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Maker-checker above the second-approval threshold (issue 16 §2, default Rp 500 million,
 * {@code simitra.partnership.second-approval-above}): two different officers of the
 * UMKM's province approve; the first approval is recorded and waits; nobody approves
 * twice; the parties hear only of the final decision.
 */
@SimitraTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecondApprovalTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	CompanyService companies;

	@Autowired
	NeedService needs;

	@Autowired
	PartnershipService partnerships;

	@Autowired
	NotificationService notifications;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	LifecycleWorld world;

	@BeforeAll
	void world() {
		world = new LifecycleWorld(accounts, companies, needs, partnerships, fixtures);
	}

	/** A submitted partnership worth {@code value}. */
	private Long submitted(long value) {
		Long id = partnerships.createDraft(world.company, world.need(), world.umkmId,
				LifecycleWorld.terms("Pasokan kopi bubuk " + LifecycleWorld.tag(), value));
		return world.submit(id);
	}

	@Test
	void aboveTheThresholdTheFirstApprovalWaitsForASecondOfficer() {
		Long id = submitted(LifecycleWorld.ABOVE_SECOND_APPROVAL);
		SimitraUser first = world.officer("12");
		SimitraUser second = world.officer("12");

		assertThat(partnerships.getFor(first, id).can().twoApprovals()).isTrue();
		assertThat(partnerships.perform(first, id, PartnershipAction.APPROVE, "Dokumen lengkap", false, null))
			.isEqualTo(PartnershipStatus.FIRST_APPROVED);
		assertThat(statusOf(id)).isEqualTo("FIRST_APPROVED");
		// Still in the province's queue, for the second officer.
		assertThat(partnerships.reviewQueue(second, 0).items()).anyMatch(p -> p.id().equals(id));

		assertThat(partnerships.perform(second, id, PartnershipAction.APPROVE, null, false, null))
			.isEqualTo(PartnershipStatus.APPROVED);
		assertThat(statusOf(id)).isEqualTo("APPROVED");
		assertThat(partnerships.reviewQueue(second, 0).items()).noneMatch(p -> p.id().equals(id));

		// Both approvals in the audit trail, each with its officer.
		assertThat(statusSteps(id)).endsWith("SUBMITTED→FIRST_APPROVED " + first.accountId() + " Dokumen lengkap",
				"FIRST_APPROVED→APPROVED " + second.accountId() + " -");
		assertThat(partnerships.getFor(world.company, id).history()).extracting(PartnershipView.Event::toStatus)
			.contains(PartnershipStatus.FIRST_APPROVED);
	}

	@Test
	void theSameOfficerCannotApproveTwiceNorDecideAgain() {
		Long id = submitted(LifecycleWorld.ABOVE_SECOND_APPROVAL);
		SimitraUser first = world.officer("12");
		partnerships.perform(first, id, PartnershipAction.APPROVE, null, false, null);
		long events = eventCount(id);

		for (PartnershipAction again : List.of(PartnershipAction.APPROVE, PartnershipAction.RETURN,
				PartnershipAction.REJECT)) {
			assertThatThrownBy(() -> partnerships.perform(first, id, again, LifecycleWorld.REASON, false, null))
				.as(again.name())
				.isInstanceOf(AccessDeniedException.class);
		}
		PartnershipView seen = partnerships.getFor(first, id);
		assertThat(seen.can().firstApprover()).isTrue();
		assertThat(seen.can().officerBlocked()).isTrue();
		assertThat(seen.can().actions()).isEmpty();
		assertThat(statusOf(id)).isEqualTo("FIRST_APPROVED");
		assertThat(eventCount(id)).isEqualTo(events);
	}

	@Test
	void anOfficerOfAnotherProvinceCannotGiveEitherApproval() {
		Long id = submitted(LifecycleWorld.ABOVE_SECOND_APPROVAL);
		SimitraUser aceh = world.officer("11");
		assertThatThrownBy(() -> partnerships.perform(aceh, id, PartnershipAction.APPROVE, null, false, null))
			.isInstanceOf(NotFoundException.class);
		partnerships.perform(world.firstApprover, id, PartnershipAction.APPROVE, null, false, null);
		assertThatThrownBy(() -> partnerships.perform(aceh, id, PartnershipAction.APPROVE, null, false, null))
			.isInstanceOf(NotFoundException.class);
		assertThat(partnerships.reviewQueue(aceh, 0).items()).noneMatch(p -> p.id().equals(id));
		assertThat(statusOf(id)).isEqualTo("FIRST_APPROVED");
	}

	@Test
	void atOrBelowTheThresholdOneApprovalIsFinal() {
		for (long value : new long[] { 10_000_000L, 500_000_000L }) {
			Long id = submitted(value);
			assertThat(partnerships.getFor(world.officer, id).can().twoApprovals()).isFalse();
			assertThat(partnerships.perform(world.officer, id, PartnershipAction.APPROVE, null, false, null))
				.isEqualTo(PartnershipStatus.APPROVED);
			assertThat(statusSteps(id)).last().asString().startsWith("SUBMITTED→APPROVED ");
		}
	}

	@Test
	void theSecondOfficerReturnsOrRejectsAsToday() {
		Long returned = world.in(PartnershipStatus.FIRST_APPROVED);
		assertThatThrownBy(
				() -> partnerships.perform(world.officer, returned, PartnershipAction.RETURN, " ", false, null))
			.isInstanceOf(IllegalArgumentException.class);
		partnerships.perform(world.officer, returned, PartnershipAction.RETURN, "Lampirkan RAB", false, null);
		assertThat(statusOf(returned)).isEqualTo("RETURNED");

		// Resubmitted after the return, the two approvals start again: the officer who
		// returned it may give the first approval of the new round, and the earlier first
		// approver the second.
		partnerships.perform(world.company, returned, PartnershipAction.SUBMIT, null, true, null);
		assertThat(partnerships.perform(world.officer, returned, PartnershipAction.APPROVE, null, false, null))
			.isEqualTo(PartnershipStatus.FIRST_APPROVED);
		assertThatThrownBy(
				() -> partnerships.perform(world.officer, returned, PartnershipAction.APPROVE, null, false, null))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(partnerships.perform(world.firstApprover, returned, PartnershipAction.APPROVE, null, false, null))
			.isEqualTo(PartnershipStatus.APPROVED);

		Long rejected = world.in(PartnershipStatus.FIRST_APPROVED);
		partnerships.perform(world.officer, rejected, PartnershipAction.REJECT, "Tidak sesuai", false, null);
		assertThat(statusOf(rejected)).isEqualTo("REJECTED");
	}

	@Test
	void twoOfficersApprovingTheSameVersionAtOnceCannotBothCount() {
		Long id = world.in(PartnershipStatus.FIRST_APPROVED);
		SimitraUser other = world.officer("12");
		long version = partnerships.getFor(world.officer, id).version();
		partnerships.perform(world.officer, id, PartnershipAction.APPROVE, null, false, version);
		assertThatThrownBy(() -> partnerships.perform(other, id, PartnershipAction.APPROVE, null, false, version))
			.isInstanceOf(ConflictException.class);
		assertThat(statusOf(id)).isEqualTo("APPROVED");
	}

	@Test
	void thePartiesAreToldOnlyOfTheFinalApproval() {
		Long id = submitted(LifecycleWorld.ABOVE_SECOND_APPROVAL);
		fixtures.awaitEventListeners();
		long companyUnread = notifications.unreadCount(world.company.accountId());
		long umkmUnread = notifications.unreadCount(world.umkm.accountId());

		partnerships.perform(world.firstApprover, id, PartnershipAction.APPROVE, null, false, null);
		fixtures.awaitEventListeners();
		assertThat(notifications.unreadCount(world.company.accountId())).isEqualTo(companyUnread);
		assertThat(notifications.unreadCount(world.umkm.accountId())).isEqualTo(umkmUnread);

		partnerships.perform(world.officer, id, PartnershipAction.APPROVE, null, false, null);
		fixtures.awaitEventListeners();
		assertThat(notifications.unreadCount(world.company.accountId())).isEqualTo(companyUnread + 1);
		assertThat(notifications.unreadCount(world.umkm.accountId())).isEqualTo(umkmUnread + 1);
		assertThat(notifications.list(world.umkm.accountId(), 0).items().get(0).messageKey())
			.isEqualTo("lifecycle.notify.approve");
	}

	@Test
	void thePagesShowTheFirstApprovalAndWhyTheFirstApproverWaits() throws Exception {
		Long id = submitted(LifecycleWorld.ABOVE_SECOND_APPROVAL);
		SimitraUser first = world.officer("12");
		MockHttpSession firstSession = WebSession.login(mvc, first.getUsername(), WebSession.PASSWORD);
		MockHttpSession secondSession = WebSession.login(mvc, world.officer.getUsername(), WebSession.PASSWORD);
		String url = "/kemitraan/" + id;
		mvc.perform(get(url).session(firstSession))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"two-approvals\"")));
		long version = partnerships.getFor(first, id).version();
		mvc.perform(post(url + "/keputusan").session(firstSession)
			.with(csrf())
			.param("decision", "APPROVE")
			.param("reason", "")
			.param("version", String.valueOf(version)))
			.andExpect(redirectedUrl("/petugas"))
			.andExpect(flash().attribute("success", "lifecycle.flash.FIRST_APPROVED"));

		mvc.perform(get("/petugas").session(secondSession))
			.andExpect(content().string(containsString("Disetujui, menunggu persetujuan kedua")));
		mvc.perform(get(url).session(firstSession))
			.andExpect(content().string(containsString("id=\"first-approver\"")))
			.andExpect(content().string(not(containsString("name=\"decision\""))));
		mvc.perform(post(url + "/keputusan").session(firstSession)
			.with(csrf())
			.param("decision", "APPROVE")
			.param("version", String.valueOf(version + 1))).andExpect(status().isForbidden());
		mvc.perform(get(url).session(secondSession).cookie(new Cookie("simitra-lang", "en")))
			.andExpect(content().string(containsString("Approved, awaiting second approval")))
			.andExpect(content().string(containsString("id=\"second-approval\"")));
		mvc.perform(post(url + "/keputusan").session(secondSession)
			.with(csrf())
			.param("decision", "APPROVE")
			.param("version", String.valueOf(version + 1)))
			.andExpect(redirectedUrl("/petugas"))
			.andExpect(flash().attribute("success", "lifecycle.flash.APPROVE"));
		assertThat(statusOf(id)).isEqualTo("APPROVED");
	}

	private String statusOf(Long id) {
		return jdbc.sql("select status from partnership where id = ?").param(id).query(String.class).single();
	}

	private long eventCount(Long id) {
		return jdbc.sql("select count(*) from partnership_event where partnership_id = ?")
			.param(id)
			.query(Long.class)
			.single();
	}

	private List<String> statusSteps(Long id) {
		return jdbc.sql("""
				select from_status || '→' || to_status || ' ' || actor_id || ' ' || coalesce(reason, '-')
				from partnership_event where partnership_id = ? and kind = 'STATUS' order by id""")
			.param(id)
			.query(String.class)
			.list();
	}

}
