package id.simitra.bench;

import java.time.Duration;
import java.util.List;

import id.simitra.event.internal.schedule.GreedyScheduler;
import id.simitra.event.internal.schedule.MeetingScheduler;
import id.simitra.event.internal.schedule.Schedule;
import id.simitra.event.internal.schedule.ScheduleInstances;
import id.simitra.event.internal.schedule.ScheduleProblem;
import id.simitra.event.internal.schedule.ScheduleRules;
import id.simitra.event.internal.schedule.SchedulerSettings;

/**
 * The meeting scheduler on the day (400 UMKM, 40 companies with 60 needs, 2
 * sessions × 9 slots × 30 tables), generated with a fixed seed: the solver against the
 * greedy baseline, side by side. No database. Run with bench/scheduler.sh. Arguments:
 * [time limit in seconds (6)] [unimproved limit in seconds (2)] [seed (1)].
 */
public final class SchedulerBenchmark {

	private SchedulerBenchmark() {
	}

	public static void main(String[] args) {
		double limit = args.length > 0 ? Double.parseDouble(args[0]) : 6;
		double unimproved = args.length > 1 ? Double.parseDouble(args[1]) : 2;
		long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
		ScheduleProblem problem = ScheduleInstances.generate(ScheduleInstances.BENCHMARK, seed);
		long requested = problem.candidates().stream().filter(ScheduleProblem.Candidate::requested).count();
		long missing = problem.umkm().stream().filter(u -> !u.unavailableSessions().isEmpty()).count();
		int slots = problem.slots().size();
		int tables = problem.slots().stream().mapToInt(ScheduleProblem.Slot::tables).sum();
		System.out.printf(
				"Day: %d UMKM (%d miss a session), %d companies, %d needs, %d slots, %d table-slots, %d candidate pairs (%d requested), K=%d, seed %d%n",
				problem.umkm().size(), missing, problem.companies().size(), problem.needs().size(), slots, tables,
				problem.candidates().size(), requested, problem.maxMeetingsPerUmkm(), seed);
		int reachable = ScheduleInstances.mostUmkmReachable(problem);
		System.out.printf("UMKM with a fitting need: %d; the most any schedule can reach (max flow): %d%n",
				problem.candidates().stream().map(ScheduleProblem.Candidate::umkmId).distinct().count(), reachable);

		long start = System.nanoTime();
		Schedule greedy = new GreedyScheduler().schedule(problem);
		Duration greedyTime = Duration.ofNanos(System.nanoTime() - start);

		SchedulerSettings settings = new SchedulerSettings(Duration.ofMillis((long) (limit * 1000)),
				Duration.ofMillis((long) (unimproved * 1000)), Long.MAX_VALUE, 0);
		start = System.nanoTime();
		MeetingScheduler scheduler = new MeetingScheduler(settings);
		Duration setup = Duration.ofNanos(System.nanoTime() - start);
		start = System.nanoTime();
		Schedule solved = scheduler.schedule(problem);
		Duration solveTime = Duration.ofNanos(System.nanoTime() - start);

		ScheduleRules rules = new ScheduleRules(problem);
		System.out.printf("Solver settings: time limit %.1f s, unimproved limit %.1f s; solver set-up %d ms%n", limit,
				unimproved, setup.toMillis());
		System.out.printf("%-34s %12s %12s%n", "", "greedy", "solver");
		row("time (ms)", greedyTime.toMillis(), solveTime.toMillis());
		row("meetings", greedy.meetings().size(), solved.meetings().size());
		System.out.printf("%-34s %11.1f%% %11.1f%%%n", "UMKM with >= 1 meeting (share)", 100 * greedy.fairShare(),
				100 * solved.fairShare());
		row("UMKM with >= 1 meeting", greedy.umkmWithMeeting(), solved.umkmWithMeeting());
		System.out.printf("%-34s %11.1f%% %11.1f%%%n", "  of the reachable",
				100.0 * greedy.umkmWithMeeting() / reachable, 100.0 * solved.umkmWithMeeting() / reachable);
		row("total match score", greedy.totalScore(), solved.totalScore());
		row("requested pairs left out", greedy.unscheduledRequests().size(), solved.unscheduledRequests().size());
		row("hard-rule violations", violations(rules, greedy.meetings()), violations(rules, solved.meetings()));
	}

	private static int violations(ScheduleRules rules,
			List<id.simitra.event.internal.schedule.ScheduledMeeting> meetings) {
		return rules.violations(meetings).size();
	}

	private static void row(String label, long greedy, long solver) {
		System.out.printf("%-34s %12d %12d%n", label, greedy, solver);
	}

}
