package id.simitra.event.internal.schedule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Timefold scheduler: the hard rules hold, requested pairs get in, fairness beats the
 * greedy baseline, locked meetings stay. Runs are repeatable (move limit and seed).
 */
class MeetingSchedulerTest {

	private static final MeetingScheduler SCHEDULER = new MeetingScheduler(SchedulerSettings.repeatable(100_000, 7));

	/** For the days of two or three pairs, where a few moves try everything. */
	private static final MeetingScheduler TINY = new MeetingScheduler(SchedulerSettings.repeatable(2_000, 7));

	private static final ScheduleInstances.Size SMALL = new ScheduleInstances.Size(60, 8, 12, 2, 4, 5, 4, 3);

	@Test
	void aScheduleOfARandomDayBreaksNoHardRule() {
		ScheduleProblem problem = ScheduleInstances.generate(SMALL, 1);
		Schedule schedule = SCHEDULER.schedule(problem);
		assertThat(schedule.meetings()).hasSizeGreaterThan(20);
		assertThat(hardRuleBreaches(problem, schedule.meetings())).isEmpty();
		assertThat(schedule.violations()).isEmpty();
	}

	@Test
	void theGreedyBaselineBreaksNoHardRuleEither() {
		ScheduleProblem problem = ScheduleInstances.generate(SMALL, 1);
		Schedule greedy = new GreedyScheduler().schedule(problem);
		assertThat(greedy.meetings()).hasSizeGreaterThan(20);
		assertThat(hardRuleBreaches(problem, greedy.meetings())).isEmpty();
	}

	@Test
	void theIndependentCheckOfTheHardRulesFindsPlantedBreaches() {
		ScheduleProblem problem = ScheduleInstances.generate(SMALL, 1);
		List<ScheduledMeeting> meetings = new ArrayList<>(SCHEDULER.schedule(problem).meetings());
		ScheduledMeeting first = meetings.get(0);
		ScheduledMeeting other = meetings.stream()
			.filter(m -> m.slotId() != first.slotId() && m.umkmId() != first.umkmId())
			.findFirst()
			.orElseThrow();
		// The other meeting's UMKM joins the first's slot at the first's table.
		meetings.add(new ScheduledMeeting(other.needId(), other.umkmId(), first.slotId(), first.table()));
		meetings.remove(other);
		assertThat(hardRuleBreaches(problem, meetings)).contains("table taken");
	}

	@Test
	void aRequestedAndAcceptedPairIsScheduledEvenOverABetterScore() {
		// One slot with one table: either need 1 × UMKM 1 (score 90) or the requested
		// need 2 × UMKM 2 (score 20).
		ScheduleProblem requested = oneTableDay(true);
		assertThat(ScheduleInstances.mostUmkmReachable(requested)).as("one table, two UMKM").isEqualTo(1);
		assertThat(TINY.schedule(requested).meetings()).extracting(ScheduledMeeting::needId).containsExactly(2L);
		assertThat(TINY.schedule(requested).unscheduledRequests()).isEmpty();
		// The same day without the request: the better score wins, so the flag is what
		// put the pair in.
		ScheduleProblem notRequested = oneTableDay(false);
		assertThat(TINY.schedule(notRequested).meetings()).extracting(ScheduledMeeting::needId).containsExactly(1L);
	}

	@Test
	void everyRequestedPairOfARandomDayWithRoomIsScheduled() {
		ScheduleProblem problem = ScheduleInstances.generate(SMALL, 2);
		assertThat(problem.candidates().stream().filter(ScheduleProblem.Candidate::requested).count()).isGreaterThan(5);
		Schedule schedule = SCHEDULER.schedule(problem);
		assertThat(schedule.unscheduledRequests()).isEmpty();
		assertThat(hardRuleBreaches(problem, schedule.meetings())).isEmpty();
	}

	@Test
	void everyUmkmWithAFittingNeedGetsAMeetingWhereTheGreedyBaselineLeavesSomeOut() {
		// Two slots with one table each. UMKM 1 scores best with both needs; UMKM 2 fits
		// need 1 only. Greedy gives UMKM 1 both tables.
		ScheduleProblem problem = new ScheduleProblem(
				List.of(new ScheduleProblem.Slot(1, 1, 1), new ScheduleProblem.Slot(2, 1, 1)),
				List.of(new ScheduleProblem.Company(1, 1, Set.of()), new ScheduleProblem.Company(2, 1, Set.of())),
				List.of(new ScheduleProblem.Need(1, 1), new ScheduleProblem.Need(2, 2)),
				List.of(new ScheduleProblem.Umkm(1, Set.of()), new ScheduleProblem.Umkm(2, Set.of())),
				List.of(new ScheduleProblem.Candidate(1, 1, 90, false), new ScheduleProblem.Candidate(2, 1, 80, false),
						new ScheduleProblem.Candidate(1, 2, 50, false)),
				List.of(), 4);
		assertThat(ScheduleInstances.mostUmkmReachable(problem)).isEqualTo(2);
		Schedule greedy = new GreedyScheduler().schedule(problem);
		assertThat(greedy.umkmWithMeeting()).isEqualTo(1);
		Schedule solved = TINY.schedule(problem);
		assertThat(solved.umkmWithMeeting()).isEqualTo(2);
		assertThat(solved.totalScore()).isLessThan(greedy.totalScore()).isEqualTo(140);
	}

	@Test
	void onARandomDayTheSolverReachesMoreUmkmThanGreedyAndEveryOneWhenTheHallAllows() {
		ScheduleProblem problem = ScheduleInstances.generate(new ScheduleInstances.Size(60, 8, 12, 2, 4, 10, 4, 4), 3);
		Schedule greedy = new GreedyScheduler().schedule(problem);
		Schedule solved = SCHEDULER.schedule(problem);
		int reachable = ScheduleInstances.mostUmkmReachable(problem);
		assertThat(greedy.umkmWithMeeting()).isLessThan(reachable);
		assertThat(solved.umkmWithMeeting()).isEqualTo(reachable);
		assertThat(hardRuleBreaches(problem, solved.meetings())).isEmpty();
	}

	@Test
	void lockedMeetingsStayWhereTheOfficerPutThemWhenTheScheduleIsRerun() {
		// A hall with free tables, so that the officer can move a meeting.
		ScheduleProblem problem = ScheduleInstances.generate(new ScheduleInstances.Size(60, 8, 12, 2, 4, 12, 4, 3), 4);
		Schedule first = SCHEDULER.schedule(problem);
		ScheduleRules rules = new ScheduleRules(problem);
		// The officer moves one meeting to a free spot and locks it, with two others.
		ScheduledMeeting moved = null;
		search: for (ScheduledMeeting meeting : first.meetings()) {
			for (ScheduleProblem.Slot slot : problem.slots()) {
				for (int table = slot.tables(); table >= 1; table--) {
					if (slot.id() != meeting.slotId()
							&& rules.checkMove(first.meetings(), meeting, slot.id(), table).isEmpty()) {
						moved = new ScheduledMeeting(meeting.needId(), meeting.umkmId(), slot.id(), table);
						break search;
					}
				}
			}
		}
		assertThat(moved).as("a meeting that can move").isNotNull();
		ScheduledMeeting officerMoved = moved;
		List<ScheduledMeeting> locked = List.of(officerMoved, first.meetings().get(5), first.meetings().get(10));
		ScheduleProblem rerun = new ScheduleProblem(problem.slots(), problem.companies(), problem.needs(),
				problem.umkm(), problem.candidates(), locked, problem.maxMeetingsPerUmkm());
		Schedule second = SCHEDULER.schedule(rerun);
		assertThat(second.meetings()).containsAll(locked);
		assertThat(hardRuleBreaches(rerun, second.meetings())).isEmpty();
		// Without the lock the rerun does not put the moved meeting where the officer
		// did.
		assertThat(SCHEDULER.schedule(problem).meetings()).doesNotContain(officerMoved);
	}

	@Test
	void theSameDayAndSeedGiveTheSameSchedule() {
		ScheduleProblem problem = ScheduleInstances.generate(SMALL, 5);
		assertThat(SCHEDULER.schedule(problem).meetings()).isEqualTo(SCHEDULER.schedule(problem).meetings());
	}

	private static ScheduleProblem oneTableDay(boolean requested) {
		return new ScheduleProblem(List.of(new ScheduleProblem.Slot(1, 1, 1)),
				List.of(new ScheduleProblem.Company(1, 1, Set.of()), new ScheduleProblem.Company(2, 1, Set.of())),
				List.of(new ScheduleProblem.Need(1, 1), new ScheduleProblem.Need(2, 2)),
				List.of(new ScheduleProblem.Umkm(1, Set.of()), new ScheduleProblem.Umkm(2, Set.of())),
				List.of(new ScheduleProblem.Candidate(1, 1, 90, false),
						new ScheduleProblem.Candidate(2, 2, 20, requested)),
				List.of(), 4);
	}

	/**
	 * The hard rules checked here from scratch, not with ScheduleRules, so that a mistake
	 * there does not hide one in the scheduler.
	 */
	static Set<String> hardRuleBreaches(ScheduleProblem problem, List<ScheduledMeeting> meetings) {
		Set<String> breaches = new HashSet<>();
		Map<Long, ScheduleProblem.Slot> slots = problem.slots()
			.stream()
			.collect(Collectors.toMap(ScheduleProblem.Slot::id, Function.identity()));
		Map<Long, ScheduleProblem.Company> companies = problem.companies()
			.stream()
			.collect(Collectors.toMap(ScheduleProblem.Company::id, Function.identity()));
		Map<Long, ScheduleProblem.Company> companyOfNeed = new HashMap<>();
		problem.needs().forEach(need -> companyOfNeed.put(need.id(), companies.get(need.companyId())));
		Map<Long, ScheduleProblem.Umkm> umkm = problem.umkm()
			.stream()
			.collect(Collectors.toMap(ScheduleProblem.Umkm::id, Function.identity()));
		if (meetings.stream().map(m -> List.of(m.umkmId(), m.slotId())).distinct().count() < meetings.size()) {
			breaches.add("UMKM in two meetings at once");
		}
		if (meetings.stream().map(m -> List.of(m.slotId(), (long) m.table())).distinct().count() < meetings.size()) {
			breaches.add("table taken");
		}
		if (meetings.stream().map(m -> List.of(m.needId(), m.umkmId())).distinct().count() < meetings.size()) {
			breaches.add("pair twice");
		}
		meetings.stream()
			.collect(Collectors.groupingBy(m -> List.of(companyOfNeed.get(m.needId()).id(), m.slotId()),
					Collectors.counting()))
			.forEach((key, count) -> {
				if (count > companies.get(key.get(0)).staff()) {
					breaches.add("company over its staff");
				}
			});
		meetings.stream()
			.collect(Collectors.groupingBy(ScheduledMeeting::umkmId, Collectors.counting()))
			.forEach((u, count) -> {
				if (count > problem.maxMeetingsPerUmkm()) {
					breaches.add("UMKM over K");
				}
			});
		for (ScheduledMeeting m : meetings) {
			ScheduleProblem.Slot slot = slots.get(m.slotId());
			if (m.table() < 1 || m.table() > slot.tables()) {
				breaches.add("no such table");
			}
			if (umkm.get(m.umkmId()).unavailableSessions().contains(slot.sessionId())) {
				breaches.add("UMKM unavailable");
			}
			if (companyOfNeed.get(m.needId()).unavailableSessions().contains(slot.sessionId())) {
				breaches.add("company unavailable");
			}
		}
		return breaches;
	}

}
