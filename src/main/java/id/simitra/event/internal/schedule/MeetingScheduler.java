package id.simitra.event.internal.schedule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

/**
 * Proposes the meetings of a business-matching day with Timefold Solver: which candidate
 * pairs meet, in which slot and at which table. Hard rules as {@link ScheduleRules};
 * then, in this order, requested pairs, one meeting for every UMKM with a fitting need,
 * and the total match score. Locked meetings stay where they are. See docs/event.md,
 * "Scheduler".
 */
public final class MeetingScheduler {

	private final SolverFactory<MeetingPlan> solverFactory;

	/**
	 * A scheduler; building one compiles the constraints, so keep it.
	 * @param settings the search limits and seed
	 */
	public MeetingScheduler(SchedulerSettings settings) {
		TerminationConfig termination = new TerminationConfig().withSpentLimit(settings.timeLimit())
			.withUnimprovedSpentLimit(settings.unimprovedTimeLimit());
		if (settings.moveLimit() != Long.MAX_VALUE) {
			termination.setMoveCountLimit(settings.moveLimit());
		}
		this.solverFactory = SolverFactory.create(new SolverConfig().withSolutionClass(MeetingPlan.class)
			.withEntityClasses(PlannedMeeting.class)
			.withConstraintProviderClass(MeetingConstraints.class)
			.withEnvironmentMode(EnvironmentMode.NO_ASSERT)
			.withRandomSeed(settings.randomSeed())
			.withTerminationConfig(termination)
			.withPhases(new ConstructionHeuristicPhaseConfig(), localSearch()));
	}

	/**
	 * Tabu search (a moved meeting stays put for 7 steps; each step takes the best of 500
	 * accepted moves). On the benchmark day it kept the total score within 3-4 % of the
	 * greedy baseline's while reaching as many UMKM as Timefold's default late
	 * acceptance, which lost 10-12 % of the score (docs/event.md, "Scheduler").
	 */
	private static LocalSearchPhaseConfig localSearch() {
		LocalSearchAcceptorConfig acceptor = new LocalSearchAcceptorConfig();
		acceptor.setEntityTabuSize(7);
		LocalSearchForagerConfig forager = new LocalSearchForagerConfig();
		forager.setAcceptedCountLimit(500);
		return new LocalSearchPhaseConfig().withAcceptorConfig(acceptor).withForagerConfig(forager);
	}

	/**
	 * Schedules the day.
	 * @param problem the day
	 * @return the proposed schedule, locked meetings included
	 */
	public Schedule schedule(ScheduleProblem problem) {
		ScheduleRules rules = new ScheduleRules(problem);
		MeetingPlan solved = solverFactory.buildSolver().solve(plan(problem, rules));
		return Schedule.of(problem, place(problem, rules, solved.meetings()));
	}

	private static MeetingPlan plan(ScheduleProblem problem, ScheduleRules rules) {
		Map<ScheduleProblem.Pair, PlannedMeeting> meetings = new LinkedHashMap<>();
		List<ScheduleProblem.Candidate> order = constructionOrder(problem);
		Map<ScheduleProblem.Pair, ScheduleProblem.Candidate> candidates = order.stream()
			.collect(Collectors.toMap(c -> new ScheduleProblem.Pair(c.needId(), c.umkmId()), Function.identity()));
		for (ScheduledMeeting locked : problem.locked()) {
			ScheduleProblem.Candidate candidate = candidates.get(locked.pair());
			PlannedMeeting meeting = new PlannedMeeting(meetings.size(), locked.needId(),
					rules.companyOfNeed(locked.needId()), rules.umkm(locked.umkmId()),
					candidate == null ? 0 : candidate.score(), candidate != null && candidate.requested(),
					problem.maxMeetingsPerUmkm());
			meeting.lock(rules.slot(locked.slotId()), locked.table());
			meetings.putIfAbsent(locked.pair(), meeting);
		}
		for (ScheduleProblem.Candidate candidate : order) {
			meetings.computeIfAbsent(new ScheduleProblem.Pair(candidate.needId(), candidate.umkmId()),
					pair -> new PlannedMeeting(meetings.size(), candidate.needId(),
							rules.companyOfNeed(candidate.needId()), rules.umkm(candidate.umkmId()), candidate.score(),
							candidate.requested(), problem.maxMeetingsPerUmkm()));
		}
		Set<Long> fitting = problem.candidates()
			.stream()
			.map(ScheduleProblem.Candidate::umkmId)
			.collect(Collectors.toSet());
		return new MeetingPlan(problem.slots(), problem.umkm().stream().filter(u -> fitting.contains(u.id())).toList(),
				new ArrayList<>(meetings.values()));
	}

	/**
	 * The order in which the construction heuristic places the meetings (each in its best
	 * slot at that point, or none): requested pairs; then one pair per UMKM that has no
	 * request, its best, UMKM with the fewest pairs first, so that fairness starts high;
	 * then the rest by falling score. Local search improves from there.
	 */
	static List<ScheduleProblem.Candidate> constructionOrder(ScheduleProblem problem) {
		Comparator<ScheduleProblem.Candidate> byScore = Comparator.comparingInt(ScheduleProblem.Candidate::score)
			.reversed()
			.thenComparingLong(ScheduleProblem.Candidate::needId)
			.thenComparingLong(ScheduleProblem.Candidate::umkmId);
		List<ScheduleProblem.Candidate> requested = problem.candidates()
			.stream()
			.filter(ScheduleProblem.Candidate::requested)
			.sorted(byScore)
			.toList();
		Set<Long> haveRequest = requested.stream().map(ScheduleProblem.Candidate::umkmId).collect(Collectors.toSet());
		Map<Long, List<ScheduleProblem.Candidate>> byUmkm = problem.candidates()
			.stream()
			.filter(c -> !c.requested())
			.sorted(byScore)
			.collect(Collectors.groupingBy(ScheduleProblem.Candidate::umkmId, LinkedHashMap::new, Collectors.toList()));
		List<ScheduleProblem.Candidate> firsts = byUmkm.entrySet()
			.stream()
			.filter(e -> !haveRequest.contains(e.getKey()))
			.sorted(Comparator.comparingInt((Map.Entry<Long, List<ScheduleProblem.Candidate>> e) -> e.getValue().size())
				.thenComparing(e -> e.getValue().get(0), byScore))
			.map(e -> e.getValue().get(0))
			.toList();
		Set<ScheduleProblem.Candidate> placed = new HashSet<>(requested);
		placed.addAll(firsts);
		List<ScheduleProblem.Candidate> order = new ArrayList<>(requested);
		order.addAll(firsts);
		problem.candidates().stream().filter(c -> !placed.contains(c)).sorted(byScore).forEach(order::add);
		return order;
	}

	/**
	 * Gives the solver's meetings their tables: locked ones keep theirs, the others take
	 * the lowest free table of their slot. Every meeting is checked against the rules on
	 * the way; one that breaks a rule (possible only if the search stopped before it
	 * resolved a clash, e.g. with a locked meeting) is left out rather than proposed.
	 */
	private static List<ScheduledMeeting> place(ScheduleProblem problem, ScheduleRules rules,
			List<PlannedMeeting> solved) {
		ScheduleRules.Ledger ledger = rules.ledger();
		List<ScheduledMeeting> meetings = new ArrayList<>(problem.locked());
		problem.locked().forEach(ledger::add);
		Map<Long, Integer> slotOrder = new HashMap<>();
		for (ScheduleProblem.Slot slot : problem.slots()) {
			slotOrder.put(slot.id(), slotOrder.size());
		}
		List<PlannedMeeting> placed = solved.stream()
			.filter(meeting -> !meeting.locked() && meeting.slot() != null)
			.sorted(Comparator.comparingInt((PlannedMeeting m) -> slotOrder.get(m.placedSlot().id()))
				.thenComparingLong(PlannedMeeting::needId)
				.thenComparingLong(PlannedMeeting::umkmId))
			.toList();
		for (PlannedMeeting meeting : placed) {
			OptionalInt table = ledger.freeTable(meeting.placedSlot().id());
			if (table.isEmpty()) {
				continue;
			}
			ScheduledMeeting proposed = new ScheduledMeeting(meeting.needId(), meeting.umkmId(),
					meeting.placedSlot().id(), table.getAsInt());
			if (ledger.whyNot(proposed).isEmpty()) {
				ledger.add(proposed);
				meetings.add(proposed);
			}
		}
		return meetings;
	}

}
