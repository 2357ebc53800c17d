package id.simitra.event.internal.schedule;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A proposed schedule and its figures.
 *
 * @param meetings the meetings, locked ones included
 * @param totalScore the sum of the match scores of the meetings (a locked meeting that is
 * not a candidate counts 0)
 * @param umkmWithMeeting how many UMKM have at least one meeting
 * @param umkmWithFittingNeed how many UMKM have at least one candidate pair
 * @param unscheduledRequests the requested-and-accepted pairs without a meeting
 * @param violations rules the schedule breaks; only locked meetings the officer placed
 * against the rules can cause them, the scheduler never adds one
 */
public record Schedule(List<ScheduledMeeting> meetings, long totalScore, int umkmWithMeeting, int umkmWithFittingNeed,
		List<ScheduleProblem.Candidate> unscheduledRequests, List<ScheduleRules.Violation> violations) {

	public Schedule {
		meetings = List.copyOf(meetings);
		unscheduledRequests = List.copyOf(unscheduledRequests);
		violations = List.copyOf(violations);
	}

	/**
	 * The figures of a list of meetings for a problem.
	 * @param problem the problem
	 * @param meetings the meetings
	 * @return the schedule with its figures
	 */
	public static Schedule of(ScheduleProblem problem, List<ScheduledMeeting> meetings) {
		Map<ScheduleProblem.Pair, ScheduleProblem.Candidate> candidates = problem.candidates()
			.stream()
			.collect(Collectors.toMap(c -> new ScheduleProblem.Pair(c.needId(), c.umkmId()), Function.identity()));
		Set<ScheduleProblem.Pair> met = new HashSet<>();
		long total = 0;
		for (ScheduledMeeting meeting : meetings) {
			ScheduleProblem.Candidate candidate = candidates.get(meeting.pair());
			if (candidate != null && met.add(meeting.pair())) {
				total += candidate.score();
			}
		}
		int withMeeting = (int) meetings.stream().map(ScheduledMeeting::umkmId).distinct().count();
		int fitting = (int) problem.candidates().stream().map(ScheduleProblem.Candidate::umkmId).distinct().count();
		List<ScheduleProblem.Candidate> unscheduled = problem.candidates()
			.stream()
			.filter(c -> c.requested() && !met.contains(new ScheduleProblem.Pair(c.needId(), c.umkmId())))
			.toList();
		return new Schedule(meetings, total, withMeeting, fitting, unscheduled,
				new ScheduleRules(problem).violations(meetings));
	}

	/** The share of UMKM with a fitting need that got at least one meeting, 0-1. */
	public double fairShare() {
		return umkmWithFittingNeed == 0 ? 1 : (double) umkmWithMeeting / umkmWithFittingNeed;
	}

}
