package id.simitra.company;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import id.simitra.account.AccountService;
import id.simitra.account.Role;
import id.simitra.account.SimitraUser;
import id.simitra.company.internal.InvitationMailer;
import id.simitra.company.internal.TeamStore;
import id.simitra.need.NeedData;
import id.simitra.need.NeedService;
import id.simitra.offer.internal.ConversationService;
import id.simitra.offer.internal.ThreadView;
import id.simitra.reference.PartnershipPattern;
import id.simitra.reference.Unit;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;
import id.simitra.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Company teams (issue 13): the registrant is the first admin, admins invite and manage
 * members, staff work for the company but do not manage it, the last admin stays, an
 * invitation works once and expires, a removed member loses access while the company's
 * data stays, and a taken NIB leads to a membership request.
 */
@SimitraTest
class CompanyTeamTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	CompanyService companies;

	@Autowired
	CompanyTeamService team;

	@Autowired
	AccountService accounts;

	@Autowired
	NeedService needs;

	@Autowired
	ConversationService conversations;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TeamStore store;

	@Autowired
	InvitationMailer mailer;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void whoRegistersTheCompanyIsItsFirstAdminAndItsMembersAreToldWhatConcernsIt() {
		Long admin = fixtures.account(Role.COMPANY);
		Long companyId = register(admin, null);
		assertThat(team.roleOf(admin)).contains(CompanyRole.ADMIN);
		assertThat(companies.memberAccountIds(companyId)).containsExactly(admin);

		Long staff = join(admin, CompanyRole.STAFF);
		assertThat(companies.findIdByMember(staff)).contains(companyId);
		assertThat(companies.isMember(companyId, staff)).isTrue();
		assertThat(companies.memberAccountIds(companyId)).containsExactly(admin, staff);
		assertThat(companies.contactAccountId(companyId)).isEqualTo(admin);
	}

	@Test
	void theLastAdminCanBeNeitherRemovedNorDemoted() {
		Long admin = fixtures.account(Role.COMPANY);
		Long companyId = register(admin, null);
		Long staff = join(admin, CompanyRole.STAFF);

		assertThatThrownBy(() -> team.remove(admin, admin)).isInstanceOf(TeamRuleException.class)
			.extracting(e -> ((TeamRuleException) e).messageKey())
			.isEqualTo("team.lastAdmin");
		assertThatThrownBy(() -> team.changeRole(admin, admin, CompanyRole.STAFF)).isInstanceOf(TeamRuleException.class)
			.extracting(e -> ((TeamRuleException) e).messageKey())
			.isEqualTo("team.lastAdmin");
		assertThat(team.roleOf(admin)).contains(CompanyRole.ADMIN);

		// With a second admin, the first may step down, and then the second is the last.
		team.changeRole(admin, staff, CompanyRole.ADMIN);
		team.changeRole(admin, admin, CompanyRole.STAFF);
		assertThat(team.roleOf(admin)).contains(CompanyRole.STAFF);
		assertThatThrownBy(() -> team.remove(staff, staff)).isInstanceOf(TeamRuleException.class);
		assertThat(store.admins(companyId)).isEqualTo(1);
	}

	@Test
	void theLastAdminIsRefusedOnThePageWithAMessage() throws Exception {
		String adminEmail = fixtures.accountEmail(Role.COMPANY);
		Long admin = accountId(adminEmail);
		register(admin, null);
		MockHttpSession session = WebSession.login(mvc, adminEmail, WebSession.PASSWORD);
		mvc.perform(post("/perusahaan/anggota/" + admin + "/hapus").with(csrf()).session(session))
			.andExpect(redirectedUrl("/perusahaan/anggota"));
		mvc.perform(get("/perusahaan/anggota").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("minimal satu admin")));
		assertThat(team.roleOf(admin)).contains(CompanyRole.ADMIN);
	}

	@Test
	void staffWorkForTheCompanyButCannotManageItsMembersOrProfile() throws Exception {
		Long admin = fixtures.account(Role.COMPANY);
		Long companyId = register(admin, null);
		String staffEmail = WebSession.uniqueEmail("staf");
		Long staff = team.acceptAsNewAccount(team.invite(admin, staffEmail, CompanyRole.STAFF).token(), "Staf Uji",
				WebSession.PASSWORD);

		assertThatThrownBy(() -> team.invite(staff, WebSession.uniqueEmail("x"), CompanyRole.STAFF))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> team.remove(staff, admin)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> team.changeRole(staff, staff, CompanyRole.ADMIN))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(team.roleOf(staff)).contains(CompanyRole.STAFF);

		MockHttpSession session = WebSession.login(mvc, staffEmail, WebSession.PASSWORD);
		mvc.perform(post("/perusahaan/anggota/undang").with(csrf())
			.session(session)
			.param("email", "siapa@contoh.test")
			.param("role", "ADMIN")).andExpect(status().isForbidden());
		mvc.perform(post("/perusahaan/anggota/" + admin + "/hapus").with(csrf()).session(session))
			.andExpect(status().isForbidden());
		mvc.perform(post("/perusahaan/profil").with(csrf())
			.session(session)
			.param("name", "Diubah Staf")
			.param("sector", "Pangan")
			.param("regencyCode", "12.71")).andExpect(status().isForbidden());
		assertThat(companies.get(companyId).name()).startsWith("PT Tim");
		// ...but they see the team and post needs for the company.
		mvc.perform(get("/perusahaan/anggota").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Staf Uji")));
		mvc.perform(post("/perusahaan/kebutuhan/baru").with(csrf())
			.session(session)
			.param("title", "Kopi dari staf")
			.param("description", "Pasokan rutin")
			.param("kbli", "10761")
			.param("quantity", "100")
			.param("unit", "KG")
			.param("regencyCode", "12.71")
			.param("deadline", LocalDate.now(clock).plusDays(30).toString())
			.param("pattern", "RANTAI_PASOK")).andExpect(status().is3xxRedirection());
		assertThat(needs.listOf(companyId, 0).items()).extracting(n -> n.title()).contains("Kopi dari staf");
	}

	@Test
	void aRemovedMemberLosesAccessWhileTheCompanysDataStays() throws Exception {
		String adminEmail = fixtures.accountEmail(Role.COMPANY);
		Long admin = accountId(adminEmail);
		Long companyId = register(admin, null);
		String staffEmail = WebSession.uniqueEmail("staf");
		Long staff = team.acceptAsNewAccount(team.invite(admin, staffEmail, CompanyRole.STAFF).token(), "Rina Staf",
				WebSession.PASSWORD);
		Long needId = needs
			.create(companyId,
					new NeedData("Kopi bubuk " + tag(), "Pasokan", "10761", new BigDecimal("100"), Unit.KG, "12.71",
							LocalDate.now(clock).plusDays(30), PartnershipPattern.RANTAI_PASOK))
			.id();
		Long umkmId = fixtures.umkm("Kopi Tim " + tag(), "12.71", "10761").id();
		Long conversation = conversations.open(needId, umkmId, companyId);
		SimitraUser staffUser = (SimitraUser) accounts.loadUserByUsername(staffEmail);
		conversations.post(staffUser, conversation, "Bisa kirim 100 kg?");
		MockHttpSession session = WebSession.login(mvc, staffEmail, WebSession.PASSWORD);
		mvc.perform(get("/perusahaan/kebutuhan/" + needId).session(session)).andExpect(status().isOk());
		mvc.perform(get("/percakapan/" + conversation).session(session)).andExpect(status().isOk());

		team.remove(admin, staff);

		assertThat(companies.findIdByMember(staff)).isEmpty();
		mvc.perform(get("/perusahaan/kebutuhan/" + needId).session(session)).andExpect(status().isForbidden());
		mvc.perform(get("/percakapan/" + conversation).session(session)).andExpect(status().isNotFound());
		mvc.perform(get("/perusahaan").session(session)).andExpect(redirectedUrl("/perusahaan/profil"));
		// The company keeps its need and its conversation, which still says who wrote.
		assertThat(needs.get(needId).companyId()).isEqualTo(companyId);
		SimitraUser adminUser = (SimitraUser) accounts.loadUserByUsername(adminEmail);
		ThreadView thread = conversations.read(adminUser, conversation, null);
		assertThat(thread.messages().items()).singleElement()
			.satisfies(m -> assertThat(m.authorName()).endsWith(" · Rina Staf"));
		assertThat(team.history(admin)).extracting(TeamEventView::kind).contains("REMOVED", "JOINED", "INVITED");
	}

	@Test
	void anInvitationWorksOnlyOnce() {
		Long admin = fixtures.account(Role.COMPANY);
		Long companyId = register(admin, null);
		String email = WebSession.uniqueEmail("sekali");
		InvitationIssued issued = team.invite(admin, email, CompanyRole.STAFF);
		Long joined = team.acceptAsNewAccount(issued.token(), "Pertama", WebSession.PASSWORD);
		assertThat(companies.findIdByMember(joined)).contains(companyId);
		assertThat(team.invitation(issued.token()).state()).isEqualTo(InvitationFacts.State.ACCEPTED);

		// A second person with the same link (an existing company account) is refused.
		Long other = fixtures.account(Role.COMPANY);
		SimitraUser otherUser = (SimitraUser) accounts.loadUserByUsername(accounts.find(other).orElseThrow().email());
		assertThatThrownBy(() -> team.accept(issued.token(), otherUser)).isInstanceOf(TeamRuleException.class)
			.extracting(e -> ((TeamRuleException) e).messageKey())
			.isEqualTo("team.invitationUsed");
		assertThat(companies.findIdByMember(other)).isEmpty();
		assertThat(companies.memberAccountIds(companyId)).containsExactly(admin, joined);
	}

	@Test
	void anInvitationExpiresWhenTheClockPassesItsLifetime() throws Exception {
		Long admin = fixtures.account(Role.COMPANY);
		Long companyId = register(admin, null);
		String email = WebSession.uniqueEmail("lambat");
		InvitationIssued issued = team.invite(admin, email, CompanyRole.STAFF);
		CompanyTeamService sixDaysLater = new CompanyTeamService(store, companies, accounts, mailer,
				Clock.offset(clock, Duration.ofDays(6)), 7);
		CompanyTeamService eightDaysLater = new CompanyTeamService(store, companies, accounts, mailer,
				Clock.offset(clock, Duration.ofDays(8)), 7);
		assertThat(sixDaysLater.invitation(issued.token()).state()).isEqualTo(InvitationFacts.State.OPEN);
		assertThat(eightDaysLater.invitation(issued.token()).state()).isEqualTo(InvitationFacts.State.EXPIRED);
		assertThatThrownBy(() -> eightDaysLater.acceptAsNewAccount(issued.token(), "Terlambat", WebSession.PASSWORD))
			.isInstanceOf(TeamRuleException.class)
			.extracting(e -> ((TeamRuleException) e).messageKey())
			.isEqualTo("team.invitationExpired");
		assertThat(accounts.emailTaken(email)).as("no account is left behind").isFalse();
		assertThat(eightDaysLater.openInvitations(admin)).isEmpty();
		assertThat(team.openInvitations(admin)).extracting(InvitationView::email).containsExactly(email);
		// An unknown token is no invitation at all.
		mvc.perform(get("/undangan/" + UUID.randomUUID())).andExpect(status().isNotFound());
		assertThat(companies.memberAccountIds(companyId)).containsExactly(admin);
	}

	@Test
	void aTakenNibOffersToAskThatCompanysAdminsForMembership() throws Exception {
		Long admin = fixtures.account(Role.COMPANY);
		String nib = String.valueOf(8_000_000_000_000L + (System.nanoTime() % 1_000_000_000_000L));
		Long companyId = register(admin, nib);
		String askerEmail = fixtures.accountEmail(Role.COMPANY);
		Long asker = accountId(askerEmail);
		MockHttpSession session = WebSession.login(mvc, askerEmail, WebSession.PASSWORD);

		mvc.perform(post("/perusahaan/profil").with(csrf())
			.session(session)
			.param("name", "PT Sama")
			.param("nib", nib)
			.param("sector", "Pangan")
			.param("regencyCode", "12.71"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("NIB ini sudah dipakai")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"join-offer\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(companies.get(companyId).name())));

		mvc.perform(post("/perusahaan/bergabung").with(csrf()).session(session).param("nib", nib))
			.andExpect(redirectedUrl("/perusahaan/profil"));
		assertThat(team.pendingRequestOf(asker))
			.hasValueSatisfying(r -> assertThat(r.companyId()).isEqualTo(companyId));
		mvc.perform(get("/perusahaan/profil").session(session))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("menunggu persetujuan")));

		MembershipRequestView request = team.pendingRequests(admin).get(0);
		assertThat(request.accountId()).isEqualTo(asker);
		assertThat(team.decideRequest(admin, request.id(), true)).isTrue();
		assertThat(team.roleOf(asker)).contains(CompanyRole.STAFF);
		assertThat(team.pendingRequests(admin)).isEmpty();
		mvc.perform(get("/perusahaan").session(session)).andExpect(status().isOk());
	}

	@Test
	void aDeclinedRequestLeavesTheAskerOutside() {
		Long admin = fixtures.account(Role.COMPANY);
		Long companyId = register(admin, null);
		Long asker = fixtures.account(Role.COMPANY);
		team.requestMembership(asker, companyId);
		Long requestId = team.pendingRequestOf(asker).orElseThrow().id();
		assertThat(team.decideRequest(admin, requestId, false)).isFalse();
		assertThat(companies.findIdByMember(asker)).isEmpty();
		assertThat(team.pendingRequestOf(asker)).isEmpty();
		// Another company's admin cannot answer it, nor see it.
		Long stranger = fixtures.account(Role.COMPANY);
		register(stranger, null);
		team.requestMembership(asker, companyId);
		Long again = team.pendingRequestOf(asker).orElseThrow().id();
		assertThatThrownBy(() -> team.decideRequest(stranger, again, true))
			.isInstanceOf(id.simitra.platform.NotFoundException.class);
		assertThat(List.of(team.pendingRequests(stranger).size())).containsExactly(0);
	}

	private Long register(Long accountId, String nib) {
		return companies
			.saveProfile(accountId, new CompanyProfile("PT Tim " + tag(), nib, "Pangan", "12.71", "Jl. Uji 9"), null)
			.id();
	}

	private Long join(Long admin, CompanyRole role) {
		return team.acceptAsNewAccount(team.invite(admin, WebSession.uniqueEmail("anggota"), role).token(),
				"Anggota " + tag(), WebSession.PASSWORD);
	}

	private Long accountId(String email) {
		return ((SimitraUser) accounts.loadUserByUsername(email)).accountId();
	}

	private static String tag() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
