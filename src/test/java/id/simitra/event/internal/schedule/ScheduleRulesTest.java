package id.simitra.event.internal.schedule;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import id.simitra.event.internal.schedule.ScheduleRules.Rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The officer's move check refuses each kind of double booking and allows a free spot.
 */
class ScheduleRulesTest {

	// Session 1: slots 11, 12 (2 tables each); session 2: slot 21 (2 tables).
	// Company 1 (one person) brings needs 1 and 2; company 2 (two people) brings needs 3
	// and 4 and misses session 2. UMKM 7 misses session 2.
	private final ScheduleProblem problem = new ScheduleProblem(
			List.of(new ScheduleProblem.Slot(11, 1, 2), new ScheduleProblem.Slot(12, 1, 2),
					new ScheduleProblem.Slot(21, 2, 2)),
			List.of(new ScheduleProblem.Company(1, 1, Set.of()), new ScheduleProblem.Company(2, 2, Set.of(2L))),
			List.of(new ScheduleProblem.Need(1, 1), new ScheduleProblem.Need(2, 1), new ScheduleProblem.Need(3, 2),
					new ScheduleProblem.Need(4, 2)),
			List.of(new ScheduleProblem.Umkm(5, Set.of()), new ScheduleProblem.Umkm(6, Set.of()),
					new ScheduleProblem.Umkm(7, Set.of(2L))),
			List.of(), List.of(), 2);

	private final ScheduleRules rules = new ScheduleRules(problem);

	private final ScheduledMeeting need1Umkm5 = new ScheduledMeeting(1, 5, 11, 1);

	private final ScheduledMeeting need3Umkm6 = new ScheduledMeeting(3, 6, 11, 2);

	private final ScheduledMeeting need2Umkm6 = new ScheduledMeeting(2, 6, 12, 1);

	private final ScheduledMeeting need4Umkm7 = new ScheduledMeeting(4, 7, 12, 2);

	private final List<ScheduledMeeting> schedule = List.of(need1Umkm5, need3Umkm6, need2Umkm6, need4Umkm7);

	@Test
	void theScheduleItselfBreaksNoRule() {
		assertThat(rules.violations(schedule)).isEmpty();
	}

	@Test
	void aMoveToAFreeTableWhereEveryoneIsFreeIsAllowed() {
		assertThat(rules.checkMove(schedule, need1Umkm5, 21, 1)).isEmpty();
		assertThat(rules.checkMove(schedule, need1Umkm5, 11, 1)).as("staying put").isEmpty();
	}

	@Test
	void aMoveThatPutsTheUmkmInTwoMeetingsAtOnceIsRefused() {
		// UMKM 6 already meets need 3 in slot 11.
		assertThat(rules.checkMove(schedule, need2Umkm6, 11, 1)).contains(Rule.UMKM_DOUBLE_BOOKED);
	}

	@Test
	void aMoveThatPutsTheCompanysOnlyPersonInTwoMeetingsAtOnceIsRefused() {
		// Company 1 (one person) meets UMKM 5 about need 1 in slot 11; a fresh schedule
		// without UMKM 6's meeting there, so only the company clashes.
		List<ScheduledMeeting> day = List.of(need1Umkm5, need2Umkm6);
		assertThat(rules.checkMove(day, need2Umkm6, 11, 2)).contains(Rule.COMPANY_DOUBLE_BOOKED);
	}

	@Test
	void aCompanyWithTwoPeopleMayHoldTwoTablesAtOnceButNotThree() {
		ScheduledMeeting need4Umkm5 = new ScheduledMeeting(4, 5, 12, 1);
		List<ScheduledMeeting> day = List.of(need3Umkm6, need4Umkm5);
		assertThat(rules.checkMove(day, need4Umkm5, 11, 1)).isEmpty();
		ScheduleProblem bigHall = new ScheduleProblem(List.of(new ScheduleProblem.Slot(11, 1, 3)), problem.companies(),
				problem.needs(), problem.umkm(), List.of(), List.of(), 2);
		List<ScheduledMeeting> three = List.of(new ScheduledMeeting(3, 6, 11, 1), new ScheduledMeeting(4, 5, 11, 2),
				new ScheduledMeeting(3, 7, 11, 3));
		assertThat(new ScheduleRules(bigHall).violations(three))
			.containsExactly(new ScheduleRules.Violation(Rule.COMPANY_DOUBLE_BOOKED, three.get(2)));
	}

	@Test
	void aMoveToATakenTableIsRefused() {
		// UMKM 7 and company 2's second person are free in slot 11, but need 1 × UMKM 5
		// sits at table 1.
		assertThat(rules.checkMove(schedule, need4Umkm7, 11, 1)).contains(Rule.TABLE_TAKEN);
	}

	@Test
	void aMoveIntoASessionTheUmkmMissesIsRefused() {
		ScheduledMeeting need1Umkm7 = new ScheduledMeeting(1, 7, 12, 1);
		assertThat(rules.checkMove(List.of(need1Umkm7), need1Umkm7, 21, 1)).contains(Rule.UMKM_UNAVAILABLE);
	}

	@Test
	void aMoveIntoASessionTheCompanyMissesIsRefused() {
		assertThat(rules.checkMove(schedule, need3Umkm6, 21, 1)).contains(Rule.COMPANY_UNAVAILABLE);
	}

	@Test
	void aMoveToATableTheSlotDoesNotHaveIsRefused() {
		assertThat(rules.checkMove(schedule, need1Umkm5, 21, 3)).contains(Rule.NO_SUCH_TABLE);
		assertThat(rules.checkMove(schedule, need1Umkm5, 21, 0)).contains(Rule.NO_SUCH_TABLE);
	}

	@Test
	void aWholeScheduleOverTheUmkmLimitOrWithAPairTwiceIsReported() {
		List<ScheduledMeeting> overLimit = List.of(new ScheduledMeeting(1, 5, 11, 1), new ScheduledMeeting(3, 5, 12, 1),
				new ScheduledMeeting(2, 5, 21, 1));
		assertThat(new ScheduleRules(problem).violations(overLimit)).extracting(ScheduleRules.Violation::rule)
			.containsExactly(Rule.UMKM_OVER_LIMIT);
		List<ScheduledMeeting> twice = List.of(new ScheduledMeeting(1, 5, 11, 1), new ScheduledMeeting(1, 5, 12, 1));
		assertThat(rules.violations(twice)).extracting(ScheduleRules.Violation::rule)
			.containsExactly(Rule.PAIR_ALREADY_MEETS);
	}

	@Test
	void aMoveOfAMeetingThatIsNotInTheScheduleIsAnError() {
		assertThatThrownBy(() -> rules.checkMove(schedule, new ScheduledMeeting(2, 5, 11, 1), 21, 1))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
