package id.simitra.partnership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import id.simitra.account.AccountService;
import id.simitra.account.SimitraUser;
import id.simitra.company.CompanyService;
import id.simitra.need.NeedService;
import id.simitra.partnership.LifecycleWorld.Actor;
import id.simitra.partnership.internal.PartnershipView;
import id.simitra.platform.ConflictException;
import id.simitra.platform.NotFoundException;
import id.simitra.reference.PartnershipPattern;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;

import static id.simitra.partnership.LifecycleWorld.Actor.COMPANY;
import static id.simitra.partnership.LifecycleWorld.Actor.OFFICER;
import static id.simitra.partnership.LifecycleWorld.Actor.UMKM;
import static id.simitra.partnership.PartnershipStatus.ACCEPTED;
import static id.simitra.partnership.PartnershipStatus.ACTIVE;
import static id.simitra.partnership.PartnershipStatus.APPROVED;
import static id.simitra.partnership.PartnershipStatus.COMPLETED;
import static id.simitra.partnership.PartnershipStatus.DECLINED;
import static id.simitra.partnership.PartnershipStatus.DRAFT;
import static id.simitra.partnership.PartnershipStatus.FIRST_APPROVED;
import static id.simitra.partnership.PartnershipStatus.PROPOSED;
import static id.simitra.partnership.PartnershipStatus.REJECTED;
import static id.simitra.partnership.PartnershipStatus.RETURNED;
import static id.simitra.partnership.PartnershipStatus.SUBMITTED;
import static id.simitra.partnership.PartnershipStatus.TERMINATED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every step from every status by every kind of person, against the rules written out
 * below (not derived from the code): allowed steps change the status and leave an audit
 * entry; a person who may not see the partnership at all (another company or UMKM; anyone
 * but its company while it is a draft) is told it does not exist with 404
 * (NotFoundException); a step that is not the person's to take is refused with 403
 * (AccessDeniedException), one that is theirs but not from this status with 409
 * (ConflictException), and none of these changes anything.
 */
@SimitraTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnershipTransitionTableTest {

	/** Terms edits and the agreement upload are company steps that keep the status. */
	enum Step {

		PROPOSE, ACCEPT, DECLINE, SUBMIT, APPROVE, RETURN, REJECT, ACTIVATE, COMPLETE, TERMINATE, EDIT, AGREEMENT

	}

	/**
	 * Whose step each one is (the partnership's own company or UMKM, or an officer of its
	 * province).
	 */
	static final Map<Step, Set<Actor>> OWNER = new EnumMap<>(
			Map.ofEntries(Map.entry(Step.PROPOSE, Set.of(COMPANY)), Map.entry(Step.ACCEPT, Set.of(UMKM)),
					Map.entry(Step.DECLINE, Set.of(UMKM)), Map.entry(Step.SUBMIT, Set.of(COMPANY)),
					Map.entry(Step.APPROVE, Set.of(OFFICER)), Map.entry(Step.RETURN, Set.of(OFFICER)),
					Map.entry(Step.REJECT, Set.of(OFFICER)), Map.entry(Step.ACTIVATE, Set.of(COMPANY)),
					Map.entry(Step.COMPLETE, Set.of(COMPANY, UMKM)), Map.entry(Step.TERMINATE, Set.of(COMPANY, UMKM)),
					Map.entry(Step.EDIT, Set.of(COMPANY)), Map.entry(Step.AGREEMENT, Set.of(COMPANY))));

	/**
	 * The statuses each step starts from, and where it leads (null: the status stays).
	 */
	static final List<Object[]> ALLOWED = List.of(new Object[] { DRAFT, Step.PROPOSE, PROPOSED },
			new Object[] { DRAFT, Step.EDIT, null }, new Object[] { DRAFT, Step.AGREEMENT, null },
			new Object[] { PROPOSED, Step.ACCEPT, ACCEPTED }, new Object[] { PROPOSED, Step.DECLINE, DECLINED },
			new Object[] { ACCEPTED, Step.SUBMIT, SUBMITTED }, new Object[] { ACCEPTED, Step.AGREEMENT, null },
			new Object[] { SUBMITTED, Step.APPROVE, APPROVED }, new Object[] { SUBMITTED, Step.RETURN, RETURNED },
			new Object[] { SUBMITTED, Step.REJECT, REJECTED },
			// Above the second-approval threshold, approved once by another officer: the
			// second officer decides as from SUBMITTED (SecondApprovalTest: the first
			// approver cannot).
			new Object[] { FIRST_APPROVED, Step.APPROVE, APPROVED },
			new Object[] { FIRST_APPROVED, Step.RETURN, RETURNED },
			new Object[] { FIRST_APPROVED, Step.REJECT, REJECTED },
			// Returned with the key terms unchanged: back to the Dinas (changed terms:
			// see the test below).
			new Object[] { RETURNED, Step.SUBMIT, SUBMITTED }, new Object[] { RETURNED, Step.EDIT, null },
			new Object[] { RETURNED, Step.AGREEMENT, null }, new Object[] { APPROVED, Step.ACTIVATE, ACTIVE },
			new Object[] { ACTIVE, Step.COMPLETE, COMPLETED }, new Object[] { ACTIVE, Step.TERMINATE, TERMINATED });

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

	LifecycleWorld world;

	/**
	 * One partnership per status for the refused steps: a refused step leaves it as it
	 * was.
	 */
	final Map<PartnershipStatus, Long> probes = new EnumMap<>(PartnershipStatus.class);

	@BeforeAll
	void world() {
		world = new LifecycleWorld(accounts, companies, needs, partnerships, fixtures);
	}

	static Stream<Arguments> everyStepFromEveryStatusByEveryone() {
		List<Arguments> cases = new ArrayList<>();
		for (PartnershipStatus status : PartnershipStatus.values()) {
			for (Step step : Step.values()) {
				Object[] allowed = ALLOWED.stream()
					.filter(a -> a[0] == status && a[1] == step)
					.findFirst()
					.orElse(null);
				for (Actor actor : Actor.values()) {
					String expected;
					if (!sees(actor, status)) {
						expected = "404";
					}
					else if (!OWNER.get(step).contains(actor)) {
						expected = "403";
					}
					else if (allowed == null) {
						expected = "409";
					}
					else {
						expected = allowed[2] == null ? status.name() : ((PartnershipStatus) allowed[2]).name();
					}
					cases.add(Arguments.of(status, step, actor, expected));
				}
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0}: {1} by {2} → {3}")
	@MethodSource("everyStepFromEveryStatusByEveryone")
	void stepIsAllowedOnlyFromItsStatusesForItsParty(PartnershipStatus status, Step step, Actor actor,
			String expected) {
		boolean refused = expected.equals("404") || expected.equals("403") || expected.equals("409");
		Long id = refused ? probes.computeIfAbsent(status, world::in) : world.in(status);
		long eventsBefore = eventCount(id);
		if (expected.equals("404")) {
			assertThatThrownBy(() -> take(step, actor, id)).isInstanceOf(NotFoundException.class);
		}
		else if (expected.equals("403")) {
			assertThatThrownBy(() -> take(step, actor, id)).isInstanceOf(AccessDeniedException.class);
		}
		else if (expected.equals("409")) {
			assertThatThrownBy(() -> take(step, actor, id)).isInstanceOf(ConflictException.class);
		}
		else {
			take(step, actor, id);
			if (step == Step.DECLINE) {
				// This world's company goes on proposing to its UMKM: an old decline does
				// not hold it back (the
				// cool-off after a fresh one is tested in PartnershipRulesTest).
				fixtures.ageDecline(id, 365);
			}
		}
		assertThat(status(id)).isEqualTo(refused ? status.name() : expected);
		if (refused) {
			assertThat(eventCount(id)).as("a refused step leaves no audit entry").isEqualTo(eventsBefore);
		}
		else {
			String role = world.actor(actor).role().name();
			assertThat(lastEvent(id)).isEqualTo((step == Step.EDIT || step == Step.AGREEMENT ? "EDITED " : "STATUS ")
					+ status + "→" + expected + " " + role);
		}
	}

	/**
	 * Who sees a partnership in this status: its company always; once proposed its UMKM,
	 * the officers of the UMKM's province and administrators too. Never another company
	 * or UMKM.
	 */
	static boolean sees(Actor actor, PartnershipStatus status) {
		return actor == COMPANY || (status != DRAFT && (actor == UMKM || actor == OFFICER || actor == Actor.ADMIN));
	}

	@Test
	void returnedWithChangedKeyTermsGoesBackToTheUmkmNotToTheDinas() {
		Long id = world.in(RETURNED);
		world.partnerships.edit(world.company, id, LifecycleWorld.terms("Objek yang diubah " + LifecycleWorld.tag()),
				null);
		assertThatThrownBy(() -> take(Step.SUBMIT, COMPANY, id)).isInstanceOf(ConflictException.class);
		take(Step.PROPOSE, COMPANY, id);
		assertThat(status(id)).isEqualTo("PROPOSED");
		take(Step.ACCEPT, UMKM, id);
		take(Step.SUBMIT, COMPANY, id);
		assertThat(status(id)).isEqualTo("SUBMITTED");
	}

	@Test
	void returnedWithOnlyTheLocationChangedIsResubmittedDirectly() {
		Long id = world.in(RETURNED);
		PartnershipView before = partnerships.getFor(world.company, id);
		world.partnerships.edit(world.company, id, new ProposalData(before.pattern(), before.object(),
				before.estimatedValue(), before.startDate(), before.endDate(), true, "12.07"), null);
		assertThatThrownBy(() -> take(Step.PROPOSE, COMPANY, id)).isInstanceOf(ConflictException.class);
		take(Step.SUBMIT, COMPANY, id);
		assertThat(status(id)).isEqualTo("SUBMITTED");
	}

	@Test
	void submittingNeedsTheAgreement() {
		Long id = world.accept(world.in(DRAFT));
		assertThatThrownBy(() -> partnerships.perform(world.company, id, PartnershipAction.SUBMIT, null, true, null))
			.isInstanceOf(ConflictException.class);
		assertThat(status(id)).isEqualTo("ACCEPTED");
	}

	@Test
	void proposingNeedsTheNoControlDeclaration() {
		Long id = partnerships.createDraft(world.company, world.need(), world.umkmId,
				new ProposalData(PartnershipPattern.SUBKONTRAK, "Tanpa pernyataan", 5_000_000L, LocalDate.now(),
						LocalDate.now().plusMonths(3), false, null));
		assertThatThrownBy(() -> partnerships.perform(world.company, id, PartnershipAction.PROPOSE, null, false, null))
			.isInstanceOf(ConflictException.class);
		partnerships.perform(world.company, id, PartnershipAction.PROPOSE, null, true, null);
		assertThat(jdbc.sql("select no_control_declared from partnership where id = ?")
			.param(id)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void aStaleVersionIsAConflict() {
		Long id = world.in(PROPOSED);
		long version = partnerships.getFor(world.umkm, id).version();
		assertThatThrownBy(
				() -> partnerships.perform(world.umkm, id, PartnershipAction.ACCEPT, null, false, version - 1))
			.isInstanceOf(ConflictException.class);
		partnerships.perform(world.umkm, id, PartnershipAction.ACCEPT, null, false, version);
		assertThat(status(id)).isEqualTo("ACCEPTED");
	}

	@Test
	void onlyItsCompanySeesADraft() {
		Long id = world.in(DRAFT);
		for (SimitraUser other : List.of(world.umkm, world.officer, world.admin, world.otherCompany)) {
			assertThatThrownBy(() -> partnerships.getFor(other, id)).as(other.role().name())
				.isInstanceOf(NotFoundException.class);
		}
		assertThat(partnerships.getFor(world.company, id).status()).isEqualTo(DRAFT);
		assertThat(partnerships.listForUmkm(world.umkmId, 0).items()).noneMatch(p -> p.id().equals(id));
		world.propose(id);
		assertThat(partnerships.getFor(world.umkm, id).status()).isEqualTo(PROPOSED);
	}

	@Test
	void pagesOfferExactlyTheStepsTheServiceAllows() {
		Set<PartnershipStatus> seen = EnumSet.noneOf(PartnershipStatus.class);
		for (PartnershipStatus status : PartnershipStatus.values()) {
			Long id = probes.computeIfAbsent(status, world::in);
			for (Actor actor : List.of(COMPANY, UMKM, OFFICER)) {
				SimitraUser user = world.actor(actor);
				if (!sees(actor, status)) {
					continue;
				}
				Set<PartnershipAction> offered = partnerships.getFor(user, id).can().actions();
				for (Object[] allowed : ALLOWED) {
					if (allowed[0] == status && allowed[2] != null && OWNER.get(allowed[1]).contains(actor)) {
						assertThat(offered).contains(PartnershipAction.valueOf(((Step) allowed[1]).name()));
					}
				}
				assertThat(offered).allMatch(a -> ALLOWED.stream()
					.anyMatch(x -> x[0] == status && ((Step) x[1]).name().equals(a.name())
							&& OWNER.get(x[1]).contains(actor)));
			}
			seen.add(status);
		}
		assertThat(seen).containsExactlyInAnyOrder(PartnershipStatus.values());
	}

	private void take(Step step, Actor actor, Long id) {
		SimitraUser user = world.actor(actor);
		switch (step) {
			case EDIT -> partnerships.edit(user, id, LifecycleWorld.terms("Diubah " + LifecycleWorld.tag()), null);
			case AGREEMENT -> partnerships.uploadAgreement(user, id, LifecycleWorld.agreement(), null);
			default -> {
				PartnershipAction action = PartnershipAction.valueOf(step.name());
				partnerships.perform(user, id, action, action.reasonRequired() ? LifecycleWorld.REASON : null, true,
						null);
			}
		}
	}

	private String status(Long id) {
		return jdbc.sql("select status from partnership where id = ?").param(id).query(String.class).single();
	}

	private long eventCount(Long id) {
		return jdbc.sql("select count(*) from partnership_event where partnership_id = ?")
			.param(id)
			.query(Long.class)
			.single();
	}

	private String lastEvent(Long id) {
		return jdbc.sql("""
				select kind || ' ' || from_status || '→' || to_status || ' ' || actor_role from partnership_event
				where partnership_id = ? order by id desc limit 1""").param(id).query(String.class).single();
	}

}
