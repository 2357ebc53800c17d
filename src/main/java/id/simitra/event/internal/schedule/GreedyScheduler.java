package id.simitra.event.internal.schedule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

/**
 * The simple baseline: locked meetings first, then requested pairs, then the rest by
 * falling match score, each in the earliest slot where it breaks no rule. It knows
 * nothing of fairness, which is what the solver adds (docs/event.md, "Scheduler").
 */
public final class GreedyScheduler {

	/**
	 * Schedules greedily.
	 * @param problem the day
	 * @return the schedule
	 */
	public Schedule schedule(ScheduleProblem problem) {
		ScheduleRules rules = new ScheduleRules(problem);
		ScheduleRules.Ledger ledger = rules.ledger();
		List<ScheduledMeeting> meetings = new ArrayList<>(problem.locked());
		problem.locked().forEach(ledger::add);
		List<ScheduleProblem.Candidate> order = new ArrayList<>(problem.candidates());
		order.sort(Comparator.comparing(ScheduleProblem.Candidate::requested)
			.thenComparingInt(ScheduleProblem.Candidate::score)
			.reversed()
			.thenComparingLong(ScheduleProblem.Candidate::needId)
			.thenComparingLong(ScheduleProblem.Candidate::umkmId));
		for (ScheduleProblem.Candidate candidate : order) {
			for (ScheduleProblem.Slot slot : problem.slots()) {
				OptionalInt table = ledger.freeTable(slot.id());
				if (table.isEmpty()) {
					continue;
				}
				ScheduledMeeting meeting = new ScheduledMeeting(candidate.needId(), candidate.umkmId(), slot.id(),
						table.getAsInt());
				if (ledger.whyNot(meeting).isEmpty()) {
					ledger.add(meeting);
					meetings.add(meeting);
					break;
				}
			}
		}
		return Schedule.of(problem, meetings);
	}

}
