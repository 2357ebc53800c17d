package id.simitra.event.internal.schedule;

import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;

/**
 * The schedule's rules and objective as Timefold constraint streams. The hard ones are
 * the same rules as {@link ScheduleRules} (which also checks the result); the table rule
 * is counted per slot because tables are chosen after solving.
 */
public class MeetingConstraints implements ConstraintProvider {

	static final int HARD_LEVELS = 1;

	static final int SOFT_LEVELS = 3;

	private static final BendableLongScore HARD = BendableLongScore.ofHard(HARD_LEVELS, SOFT_LEVELS, 0, 1);

	private static final BendableLongScore REQUEST = BendableLongScore.ofSoft(HARD_LEVELS, SOFT_LEVELS, 0, 1);

	private static final BendableLongScore FAIRNESS = BendableLongScore.ofSoft(HARD_LEVELS, SOFT_LEVELS, 1, 1);

	private static final BendableLongScore MATCH = BendableLongScore.ofSoft(HARD_LEVELS, SOFT_LEVELS, 2, 1);

	@Override
	public Constraint[] defineConstraints(ConstraintFactory factory) {
		return new Constraint[] { umkmDoubleBooked(factory), companyOverStaff(factory), slotOverTables(factory),
				umkmUnavailable(factory), companyUnavailable(factory), umkmOverLimit(factory), requestLeftOut(factory),
				umkmWithoutMeeting(factory), matchScore(factory) };
	}

	Constraint umkmDoubleBooked(ConstraintFactory factory) {
		return factory
			.forEachUniquePair(PlannedMeeting.class, Joiners.equal(PlannedMeeting::umkmId),
					Joiners.equal(PlannedMeeting::placedSlot))
			.penalize(HARD)
			.asConstraint("UMKM in two meetings at once");
	}

	Constraint companyOverStaff(ConstraintFactory factory) {
		return factory.forEach(PlannedMeeting.class)
			.groupBy(PlannedMeeting::company, PlannedMeeting::placedSlot, ConstraintCollectors.count())
			.filter((company, slot, count) -> count > company.staff())
			.penalize(HARD, (company, slot, count) -> count - company.staff())
			.asConstraint("company in more meetings at once than it has staff");
	}

	Constraint slotOverTables(ConstraintFactory factory) {
		return factory.forEach(PlannedMeeting.class)
			.groupBy(PlannedMeeting::placedSlot, ConstraintCollectors.count())
			.filter((slot, count) -> count > slot.tables())
			.penalize(HARD, (slot, count) -> count - slot.tables())
			.asConstraint("more meetings in a slot than tables");
	}

	Constraint umkmUnavailable(ConstraintFactory factory) {
		return factory.forEach(PlannedMeeting.class)
			.filter(meeting -> meeting.umkm().unavailableSessions().contains(meeting.placedSlot().sessionId()))
			.penalize(HARD)
			.asConstraint("UMKM unavailable in the session");
	}

	Constraint companyUnavailable(ConstraintFactory factory) {
		return factory.forEach(PlannedMeeting.class)
			.filter(meeting -> meeting.company().unavailableSessions().contains(meeting.placedSlot().sessionId()))
			.penalize(HARD)
			.asConstraint("company unavailable in the session");
	}

	Constraint umkmOverLimit(ConstraintFactory factory) {
		return factory.forEach(PlannedMeeting.class)
			.groupBy(PlannedMeeting::umkmId, PlannedMeeting::maxMeetingsOfUmkm, ConstraintCollectors.count())
			.filter((umkm, limit, count) -> count > limit)
			.penalize(HARD, (umkm, limit, count) -> count - limit)
			.asConstraint("UMKM over its meeting limit");
	}

	Constraint requestLeftOut(ConstraintFactory factory) {
		return factory.forEachIncludingUnassigned(PlannedMeeting.class)
			.filter(meeting -> meeting.requested() && meeting.slot() == null)
			.penalize(REQUEST)
			.asConstraint("requested meeting left out");
	}

	Constraint umkmWithoutMeeting(ConstraintFactory factory) {
		return factory.forEach(ScheduleProblem.Umkm.class)
			.ifNotExists(PlannedMeeting.class, Joiners.equal(ScheduleProblem.Umkm::id, PlannedMeeting::umkmId))
			.penalize(FAIRNESS)
			.asConstraint("UMKM with a fitting need left without a meeting");
	}

	Constraint matchScore(ConstraintFactory factory) {
		return factory.forEach(PlannedMeeting.class).reward(MATCH, PlannedMeeting::score).asConstraint("match score");
	}

}
