package id.simitra.partnership;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import id.simitra.account.AccountService;
import id.simitra.account.Role;
import id.simitra.account.SimitraUser;
import id.simitra.company.CompanyProfile;
import id.simitra.company.CompanyService;
import id.simitra.need.NeedData;
import id.simitra.need.NeedService;
import id.simitra.reference.PartnershipPattern;
import id.simitra.reference.Unit;
import id.simitra.support.Fixtures;
import id.simitra.support.WebSession;
import id.simitra.umkm.NewDocument;

/**
 * Two parties (a company with a need, an UMKM in Kota Medan), outsiders of each kind, an
 * officer of North Sumatra and an administrator; and partnerships brought into any status
 * through the services, as people do it.
 */
final class LifecycleWorld {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	static final String REASON = "Alasan uji";

	/**
	 * A contract value above the default second-approval threshold (Rp 500 million):
	 * approving it takes two officers (issue 16).
	 */
	static final long ABOVE_SECOND_APPROVAL = 750_000_000L;

	/**
	 * Who acts: the partnership's own parties, outsiders of the same roles, an officer,
	 * an administrator.
	 */
	enum Actor {

		COMPANY, OTHER_COMPANY, UMKM, OTHER_UMKM, OFFICER, ADMIN

	}

	final AccountService accounts;

	final CompanyService companies;

	final NeedService needs;

	final PartnershipService partnerships;

	final Fixtures fixtures;

	final SimitraUser company;

	final SimitraUser otherCompany;

	final SimitraUser umkm;

	final SimitraUser otherUmkm;

	final SimitraUser officer;

	/**
	 * Another officer of North Sumatra, who gives the first approval of partnerships
	 * brought into FIRST_APPROVED, so that {@link #officer} may give the second.
	 */
	final SimitraUser firstApprover;

	final SimitraUser admin;

	final Long companyId;

	final Long umkmId;

	LifecycleWorld(AccountService accounts, CompanyService companies, NeedService needs,
			PartnershipService partnerships, Fixtures fixtures) {
		this.accounts = accounts;
		this.companies = companies;
		this.needs = needs;
		this.partnerships = partnerships;
		this.fixtures = fixtures;
		this.company = user(Role.COMPANY);
		this.companyId = companyProfile(company, "PT Mitra Uji");
		this.otherCompany = user(Role.COMPANY);
		companyProfile(otherCompany, "PT Lain Uji");
		this.umkm = user(Role.UMKM);
		this.umkmId = fixtures.umkmOwnedBy(umkm.accountId(), "Kopi Uji " + tag(), "12.71", "10761").id();
		this.otherUmkm = user(Role.UMKM);
		fixtures.umkmOwnedBy(otherUmkm.accountId(), "Usaha Lain " + tag(), "12.71", "10761");
		this.officer = officer("12");
		this.firstApprover = officer("12");
		this.admin = user(Role.ADMIN);
	}

	SimitraUser actor(Actor actor) {
		return switch (actor) {
			case COMPANY -> company;
			case OTHER_COMPANY -> otherCompany;
			case UMKM -> umkm;
			case OTHER_UMKM -> otherUmkm;
			case OFFICER -> officer;
			case ADMIN -> admin;
		};
	}

	SimitraUser user(Role role) {
		String email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@contoh.test";
		accounts.create(email, WebSession.PASSWORD, "Uji " + role + " " + tag(), role);
		return login(email);
	}

	SimitraUser officer(String province) {
		String email = "petugas-" + UUID.randomUUID() + "@contoh.test";
		accounts.createOfficer(email, WebSession.PASSWORD, "Petugas " + tag(), province);
		return login(email);
	}

	SimitraUser login(String email) {
		return (SimitraUser) accounts.loadUserByUsername(email);
	}

	/**
	 * A fresh need each time: a need has at most one live partnership per UMKM. Its "a
	 * new need fits you" alerts (a listener after commit) are waited for, so they come
	 * before anything the partnership then notifies.
	 */
	Long need() {
		Long id = needs
			.create(companyId,
					new NeedData("Kopi bubuk " + tag(), "Untuk rak swalayan", "10761", new BigDecimal("100"), Unit.KG,
							"12.71", LocalDate.now().plusDays(30), PartnershipPattern.PERDAGANGAN_UMUM))
			.id();
		fixtures.awaitEventListeners();
		return id;
	}

	static ProposalData terms(String object) {
		return terms(object, 10_000_000L);
	}

	static ProposalData terms(String object, long value) {
		// The contract starts today, so a test can run the whole lifecycle (start and
		// completion
		// wait for the start date, issue 16).
		LocalDate start = LocalDate.now();
		return new ProposalData(PartnershipPattern.PERDAGANGAN_UMUM, object, value, start, start.plusMonths(6), true,
				null);
	}

	static NewDocument agreement() {
		return NewDocument.recognise("perjanjian.pdf", PDF).orElseThrow();
	}

	/** A new partnership brought into {@code status} by the steps people take. */
	Long in(PartnershipStatus status) {
		Long id = partnerships.createDraft(company, need(), umkmId, terms("Pasokan kopi bubuk " + tag(),
				status == PartnershipStatus.FIRST_APPROVED ? ABOVE_SECOND_APPROVAL : 10_000_000L));
		switch (status) {
			case DRAFT -> {
			}
			case PROPOSED -> propose(id);
			case ACCEPTED -> {
				// accepted and ready to submit: the company has attached the agreement
				accept(id);
				partnerships.uploadAgreement(company, id, agreement(), null);
			}
			case DECLINED -> {
				propose(id);
				step(umkm, id, PartnershipAction.DECLINE, REASON, false);
				// An old decline, so that this world's company may go on proposing to its
				// UMKM (the cool-off after a
				// fresh decline is tested in PartnershipRulesTest).
				fixtures.ageDecline(id, 365);
			}
			case SUBMITTED -> submit(id);
			case FIRST_APPROVED -> step(firstApprover, submit(id), PartnershipAction.APPROVE, null, false);
			case RETURNED -> decide(submit(id), PartnershipAction.RETURN);
			case REJECTED -> decide(submit(id), PartnershipAction.REJECT);
			case APPROVED -> decide(submit(id), PartnershipAction.APPROVE);
			case ACTIVE -> activate(id);
			case COMPLETED -> step(company, activate(id), PartnershipAction.COMPLETE, null, false);
			case TERMINATED -> step(umkm, activate(id), PartnershipAction.TERMINATE, REASON, false);
		}
		return id;
	}

	/**
	 * One step as {@link PartnershipService#perform} takes it, then waits for its
	 * notifications (listeners after commit, in other threads), so that they are stored
	 * in the order the steps were taken.
	 */
	private void step(SimitraUser actor, Long id, PartnershipAction action, String reason, boolean declared) {
		partnerships.perform(actor, id, action, reason, declared, null);
		fixtures.awaitEventListeners();
	}

	Long propose(Long id) {
		step(company, id, PartnershipAction.PROPOSE, null, true);
		return id;
	}

	Long accept(Long id) {
		propose(id);
		step(umkm, id, PartnershipAction.ACCEPT, null, false);
		return id;
	}

	Long submit(Long id) {
		accept(id);
		partnerships.uploadAgreement(company, id, agreement(), null);
		step(company, id, PartnershipAction.SUBMIT, null, true);
		return id;
	}

	Long decide(Long id, PartnershipAction decision) {
		step(officer, id, decision, REASON, false);
		return id;
	}

	Long activate(Long id) {
		decide(submit(id), PartnershipAction.APPROVE);
		step(company, id, PartnershipAction.ACTIVATE, null, false);
		return id;
	}

	private Long companyProfile(SimitraUser owner, String name) {
		return companies
			.saveProfile(owner.accountId(),
					new CompanyProfile(name + " " + tag(), null, "Ritel modern", "12.71", "Jl. Gatot Subroto 1"), null)
			.id();
	}

	static String tag() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
