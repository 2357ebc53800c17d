package id.simitra.partnership;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import id.simitra.account.AccountService;
import id.simitra.account.Role;
import id.simitra.account.SimitraUser;
import id.simitra.company.CompanyService;
import id.simitra.need.NeedService;
import id.simitra.notification.NotificationService;
import id.simitra.notification.internal.NotificationView;
import id.simitra.partnership.internal.AuditEntry;
import id.simitra.partnership.internal.AuditQuery;
import id.simitra.partnership.internal.PartnershipView;
import id.simitra.partnership.internal.TrackRecord;
import id.simitra.platform.ConflictException;
import id.simitra.platform.NotFoundException;
import id.simitra.reference.PartnershipPattern;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;
import id.simitra.umkm.UmkmPartners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Maker-checker, officer provinces, the audit trail, ratings and the track record, and
 * who gets notified.
 */
@SimitraTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnershipRulesTest {

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

	@Autowired
	UmkmPartners papers;

	LifecycleWorld world;

	@BeforeAll
	void world() {
		world = new LifecycleWorld(accounts, companies, needs, partnerships, fixtures);
	}

	@Test
	void anOfficerWhoCreatedOrEditedAPartnershipCannotDecideOnIt() {
		Long id = world.in(PartnershipStatus.SUBMITTED);
		SimitraUser maker = world.officer("12");
		SimitraUser checker = world.officer("12");
		// Roles never change in the portal, so an officer appears as an editor only
		// through data from elsewhere
		// (an import, an account whose role the database administrator changed). The rule
		// holds all the same.
		jdbc.sql(
				"""
						insert into partnership_event (partnership_id, kind, from_status, to_status, actor_id, actor_role, summary)
						values (?, 'EDITED', 'SUBMITTED', 'SUBMITTED', ?, 'COMPANY', 'object\ta\tb')""")
			.params(id, maker.accountId())
			.update();

		assertThatThrownBy(() -> partnerships.perform(maker, id, PartnershipAction.APPROVE, null, false, null))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(partnerships.getFor(maker, id).can().officerBlocked()).isTrue();
		assertThat(partnerships.getFor(maker, id).can().actions()).isEmpty();

		partnerships.perform(checker, id, PartnershipAction.APPROVE, null, false, null);
		assertThat(partnerships.getFor(checker, id).status()).isEqualTo(PartnershipStatus.APPROVED);
	}

	@Test
	void officersSeeAndDecideOnlyTheirProvincesPartnerships() {
		Long id = world.in(PartnershipStatus.SUBMITTED);
		SimitraUser aceh = world.officer("11");
		SimitraUser unassigned = world.officer(null);

		assertThat(partnerships.reviewQueue(world.officer, 0).items()).anyMatch(p -> p.id().equals(id));
		assertThat(partnerships.reviewQueue(aceh, 0).items()).noneMatch(p -> p.id().equals(id));
		assertThat(partnerships.reviewQueue(unassigned, 0).items()).isEmpty();
		assertThat(partnerships.officerProvince(unassigned)).isEmpty();

		// Outside their province (or without one) the partnership does not exist for
		// them: 404, not 403.
		assertThatThrownBy(() -> partnerships.perform(aceh, id, PartnershipAction.APPROVE, null, false, null))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> partnerships.perform(unassigned, id, PartnershipAction.APPROVE, null, false, null))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> partnerships.getFor(aceh, id)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> partnerships.getFor(unassigned, id)).isInstanceOf(NotFoundException.class);
		assertThat(partnerships.auditTrail(aceh, new AuditQuery(null, null, null, null), 0).items())
			.noneMatch(e -> e.partnershipId().equals(id));
		assertThat(partnerships.auditTrail(unassigned, new AuditQuery(null, null, null, null), 0).items()).isEmpty();
	}

	@Test
	void everyChangeIsInTheAuditTrailWithWhoWhenWhyAndTheChangedFields() {
		Long id = partnerships.createDraft(world.company, world.need(), world.umkmId,
				LifecycleWorld.terms("Kopi bubuk 100 kg"));
		LocalDate start = LocalDate.now(); // as LifecycleWorld.terms: only the other
											// terms change
		partnerships.edit(world.company, id, new ProposalData(PartnershipPattern.RANTAI_PASOK, "Kopi bubuk 150 kg",
				15_000_000L, start, start.plusMonths(6), true, "12.07"), null);
		world.propose(id);
		partnerships.perform(world.umkm, id, PartnershipAction.ACCEPT, null, false, null);
		partnerships.uploadAgreement(world.company, id, LifecycleWorld.agreement(), null);
		partnerships.perform(world.company, id, PartnershipAction.SUBMIT, null, true, null);
		partnerships.perform(world.officer, id, PartnershipAction.RETURN, "Lampirkan halaman tanda tangan", false,
				null);

		List<String> trail = jdbc.sql("""
				select kind || '|' || coalesce(from_status, '-') || '|' || to_status || '|' || actor_role || '|'
				       || coalesce(reason, '-') || '|' || coalesce(summary, '-')
				from partnership_event where partnership_id = ? order by id""").param(id).query(String.class).list();
		assertThat(trail).containsExactly("CREATED|-|DRAFT|COMPANY|-|-",
				"EDITED|DRAFT|DRAFT|COMPANY|-|pattern\tPERDAGANGAN_UMUM\tRANTAI_PASOK\nobject\tKopi bubuk 100 kg\tKopi bubuk 150 kg\n"
						+ "estimatedValue\t10.000.000\t15.000.000\nlocation\t12.71\t12.07",
				"STATUS|DRAFT|PROPOSED|COMPANY|-|-", "STATUS|PROPOSED|ACCEPTED|UMKM|-|-",
				"EDITED|ACCEPTED|ACCEPTED|COMPANY|-|agreement\t-\tperjanjian.pdf",
				"STATUS|ACCEPTED|SUBMITTED|COMPANY|-|-",
				"STATUS|SUBMITTED|RETURNED|OFFICER|Lampirkan halaman tanda tangan|-");
		assertThat(jdbc.sql("select count(distinct actor_id) from partnership_event where partnership_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(3);

		PartnershipView page = partnerships.getFor(world.company, id);
		assertThat(page.history()).hasSize(7);
		assertThat(page.history().get(1).changes()).extracting(PartnershipView.Change::field)
			.containsExactly("pattern", "object", "estimatedValue", "location");
		assertThat(page.history().get(1).changes().get(3).to()).isEqualTo("Kabupaten Deli Serdang");
		assertThat(page.latestReason()).isEqualTo("Lampirkan halaman tanda tangan");
	}

	@Test
	void theAuditTrailCannotBeChangedOrDeleted() {
		Long id = world.in(PartnershipStatus.PROPOSED);
		assertThatThrownBy(() -> jdbc.sql("update partnership_event set reason = 'diubah' where partnership_id = ?")
			.param(id)
			.update()).isInstanceOf(DataIntegrityViolationException.class)
			.rootCause()
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from partnership_event where partnership_id = ?").param(id).update())
			.isInstanceOf(DataIntegrityViolationException.class)
			.rootCause()
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from partnership where id = ?").param(id).update())
			.isInstanceOf(DataAccessException.class);
		assertThat(jdbc.sql("select count(*) from partnership_event where partnership_id = ? and reason = 'diubah'")
			.param(id)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void officersSearchTheAuditTrailByNameStatusAndDates() {
		Long id = world.in(PartnershipStatus.REJECTED);
		String umkmName = partnerships.getFor(world.company, id).umkmName();
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));

		var byName = partnerships.auditTrail(world.officer, new AuditQuery(umkmName.toUpperCase(), null, null, null),
				0);
		assertThat(byName.items()).anyMatch(e -> e.partnershipId().equals(id));
		assertThat(byName.items()).allMatch(e -> e.umkmName().equals(umkmName));

		var rejected = partnerships.auditTrail(world.officer,
				new AuditQuery(umkmName, PartnershipStatus.REJECTED, today, today), 0);
		assertThat(rejected.items()).extracting(AuditEntry::partnershipId).contains(id);
		assertThat(rejected.items()).allMatch(e -> e.toStatus() == PartnershipStatus.REJECTED);
		assertThat(rejected.items().get(0).actorRole()).isEqualTo(Role.OFFICER);

		assertThat(partnerships.auditTrail(world.officer, new AuditQuery(umkmName, null, today.plusDays(1), null), 0)
			.items()).isEmpty();
		assertThat(partnerships.auditTrail(world.officer, new AuditQuery("%", null, null, null), 0).items())
			.allMatch(e -> e.umkmName().contains("%") || e.companyName().contains("%"));
	}

	@Test
	void ratingsComeAfterCompletionOncePerSideFromOneToFive() {
		Long active = world.in(PartnershipStatus.ACTIVE);
		assertThatThrownBy(() -> partnerships.rate(world.company, active, 5, null))
			.isInstanceOf(ConflictException.class);

		Long id = world.in(PartnershipStatus.COMPLETED);
		assertThatThrownBy(() -> partnerships.rate(world.company, id, 0, null))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> partnerships.rate(world.company, id, 6, null))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> partnerships.rate(world.otherCompany, id, 4, null))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> partnerships.rate(world.officer, id, 4, null))
			.isInstanceOf(AccessDeniedException.class);

		partnerships.rate(world.company, id, 4, "Tepat waktu");
		assertThatThrownBy(() -> partnerships.rate(world.company, id, 5, "Sekali lagi"))
			.isInstanceOf(ConflictException.class);
		assertThat(partnerships.getFor(world.company, id).can().rate()).isFalse();
		assertThat(partnerships.getFor(world.umkm, id).can().rate()).isTrue();
		partnerships.rate(world.umkm, id, 2, "Pembayaran terlambat");

		PartnershipView page = partnerships.getFor(world.officer, id);
		assertThat(page.ratingBy("COMPANY").score()).isEqualTo(4);
		assertThat(page.ratingBy("UMKM").comment()).isEqualTo("Pembayaran terlambat");
		assertThat(jdbc.sql("select count(*) from partnership_event where partnership_id = ? and kind = 'RATED'")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void theTrackRecordCountsCompletedPartnershipsAndAveragesTheCompaniesRatings() {
		LifecycleWorld fresh = new LifecycleWorld(accounts, companies, needs, partnerships, fixtures);
		assertThat(partnerships.trackRecord(fresh.umkmId)).isEqualTo(new TrackRecord(0, 0, null));

		Long first = fresh.in(PartnershipStatus.COMPLETED);
		Long second = fresh.in(PartnershipStatus.COMPLETED);
		fresh.in(PartnershipStatus.TERMINATED);
		fresh.in(PartnershipStatus.ACTIVE);
		partnerships.rate(fresh.company, first, 5, null);
		partnerships.rate(fresh.company, second, 4, null);
		// The UMKM's rating of the company is not part of the UMKM's own record.
		partnerships.rate(fresh.umkm, first, 1, null);

		assertThat(partnerships.trackRecord(fresh.umkmId)).isEqualTo(new TrackRecord(2, 2, 4.5));
	}

	@Test
	void whoeverMustActNextIsNotified() {
		LifecycleWorld w = new LifecycleWorld(accounts, companies, needs, partnerships, fixtures);
		SimitraUser acehOfficer = w.officer("11");
		Long id = w.in(PartnershipStatus.PROPOSED);
		assertThat(latest(w.umkm)).satisfies(n -> {
			assertThat(n.messageKey()).isEqualTo("lifecycle.notify.proposed");
			assertThat(n.link()).isEqualTo("/kemitraan/" + id);
			assertThat(n.isUnread()).isTrue();
		});
		assertThat(notifications.unreadCount(w.company.accountId())).isZero();

		partnerships.perform(w.umkm, id, PartnershipAction.ACCEPT, null, false, null);
		assertThat(latest(w.company).messageKey()).isEqualTo("lifecycle.notify.accepted");

		partnerships.uploadAgreement(w.company, id, LifecycleWorld.agreement(), null);
		partnerships.perform(w.company, id, PartnershipAction.SUBMIT, null, true, null);
		assertThat(latest(w.officer).messageKey()).isEqualTo("lifecycle.notify.submitted");
		assertThat(latest(w.officer).args()).hasSize(3).last().isEqualTo(partnerships.getFor(w.company, id).object());
		assertThat(notifications.unreadCount(acehOfficer.accountId())).isZero();

		partnerships.perform(w.officer, id, PartnershipAction.APPROVE, null, false, null);
		assertThat(latest(w.company).messageKey()).isEqualTo("lifecycle.notify.approve");
		assertThat(latest(w.umkm).messageKey()).isEqualTo("lifecycle.notify.approve");

		partnerships.perform(w.company, id, PartnershipAction.ACTIVATE, null, false, null);
		assertThat(latest(w.umkm).messageKey()).isEqualTo("lifecycle.notify.activate");
		partnerships.perform(w.umkm, id, PartnershipAction.TERMINATE, "Pabrik tutup", false, null);
		assertThat(latest(w.company).messageKey()).isEqualTo("lifecycle.notify.terminate");
		assertThat(latest(w.company).args().get(0)).isEqualTo(partnerships.getFor(w.company, id).umkmName());

		Long done = w.in(PartnershipStatus.COMPLETED);
		assertThat(latest(w.umkm).messageKey()).isEqualTo("lifecycle.notify.complete");
		partnerships.rate(w.umkm, done, 3, null);
		assertThat(latest(w.company).messageKey()).isEqualTo("lifecycle.notify.rated");

		long unread = notifications.unreadCount(w.umkm.accountId());
		assertThat(unread).isPositive();
		notifications.markAllRead(w.umkm.accountId());
		assertThat(notifications.unreadCount(w.umkm.accountId())).isZero();
	}

	/**
	 * Issue 10 §1: the UMKM's "no" sticks. After it declines, the same company cannot
	 * propose to it again (a new proposal on any need, or a draft saved before the
	 * decline) until the cool-off ends or the UMKM itself shows renewed interest by
	 * offering on one of the company's needs; and a proposal that got in anyway (made
	 * before this rule, or racing it) does not open the UMKM's papers during the
	 * cool-off.
	 */
	@Test
	void aDeclinedCompanyCannotProposeAgainUntilTheCoolOffEndsOrTheUmkmOffers() {
		LifecycleWorld own = new LifecycleWorld(accounts, companies, needs, partnerships, fixtures);
		Long draftBefore = own.in(PartnershipStatus.DRAFT);
		Long declined = own.in(PartnershipStatus.PROPOSED);
		assertThat(papers.sharesPapers(own.company.accountId(), own.umkmId)).isTrue();
		partnerships.perform(own.umkm, declined, PartnershipAction.DECLINE, LifecycleWorld.REASON, false, null);
		assertThat(papers.sharesPapers(own.company.accountId(), own.umkmId)).isFalse();

		assertThatThrownBy(
				() -> partnerships.propose(own.company, own.need(), own.umkmId, LifecycleWorld.terms("Lagi dan lagi")))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(
				() -> partnerships.perform(own.company, draftBefore, PartnershipAction.PROPOSE, null, true, null))
			.isInstanceOf(ConflictException.class);
		assertThat(partnerships.getFor(own.company, draftBefore).status()).isEqualTo(PartnershipStatus.DRAFT);
		assertThat(partnerships.proposalBlock(own.company, own.umkmId)).hasValueSatisfying(b -> {
			assertThat(b.declinedOn()).isEqualTo(LocalDate.now(ZoneId.of("Asia/Jakarta")));
			// The first whole day after the 90 days.
			assertThat(b.proposeFrom()).isEqualTo(b.declinedOn().plusDays(91));
		});
		// Saving a draft is still fine: nothing reaches the UMKM.
		Long draftAfter = partnerships.createDraft(own.company, own.need(), own.umkmId, LifecycleWorld.terms("Draf"));

		// A PROPOSED row made in breach (before this rule existed) opens nothing.
		jdbc.sql("update partnership set status = 'PROPOSED' where id = ?").param(draftAfter).update();
		assertThat(papers.sharesPapers(own.company.accountId(), own.umkmId)).isFalse();
		jdbc.sql("update partnership set status = 'DRAFT' where id = ?").param(draftAfter).update();

		// The cool-off over (the decline 91 days old), the company may propose again.
		jdbc.sql("update partnership set updated_at = updated_at - interval '91 days' where id = ?")
			.param(declined)
			.update();
		assertThat(partnerships.proposalBlock(own.company, own.umkmId)).isEmpty();
		partnerships.perform(own.company, draftBefore, PartnershipAction.PROPOSE, null, true, null);
		assertThat(papers.sharesPapers(own.company.accountId(), own.umkmId)).isTrue();

		// Declined again; then the UMKM offers on one of the company's needs: it wants to
		// talk, the block lifts.
		partnerships.perform(own.umkm, draftBefore, PartnershipAction.DECLINE, LifecycleWorld.REASON, false, null);
		assertThat(partnerships.proposalBlock(own.company, own.umkmId)).isPresent();
		Long need = own.need();
		jdbc.sql(
				"""
						insert into offer (need_id, umkm_id, quantity, unit, unit_kind, quantity_base, unit_price, lead_time_days,
						                   valid_until, created_at)
						values (?, ?, 10, 'KG', 'MASS', 10, 45000, 7, current_date + 14, now() + interval '1 second')""")
			.params(need, own.umkmId)
			.update();
		assertThat(partnerships.proposalBlock(own.company, own.umkmId)).isEmpty();
		partnerships.propose(own.company, need, own.umkmId, LifecycleWorld.terms("Setelah penawaran UMKM"));
	}

	/**
	 * Issue 10 §1: the Dinas rejecting a partnership is no "no" from the UMKM; the
	 * company may propose again.
	 */
	@Test
	void afterTheDinasRejectsThePartnershipTheCompanyMayProposeAgain() {
		LifecycleWorld own = new LifecycleWorld(accounts, companies, needs, partnerships, fixtures);
		own.in(PartnershipStatus.REJECTED);
		assertThat(papers.sharesPapers(own.company.accountId(), own.umkmId)).isFalse();
		assertThat(partnerships.proposalBlock(own.company, own.umkmId)).isEmpty();
		partnerships.propose(own.company, own.need(), own.umkmId, LifecycleWorld.terms("Usulan baru"));
		assertThat(papers.sharesPapers(own.company.accountId(), own.umkmId)).isTrue();
	}

	private NotificationView latest(SimitraUser user) {
		fixtures.awaitEventListeners();
		return notifications.list(user.accountId(), 0).items().get(0);
	}

}
