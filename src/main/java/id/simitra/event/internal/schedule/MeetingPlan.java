package id.simitra.event.internal.schedule;

import java.util.List;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.bendablelong.BendableLongScore;
import org.jspecify.annotations.Nullable;

/**
 * Timefold's planning solution. The score has one hard level (the rules) and three soft
 * levels, compared in order: requested pairs left out, UMKM with a fitting need left
 * without a meeting, then the total match score.
 */
@PlanningSolution
public class MeetingPlan {

	// Read by Timefold, by reflection.
	@SuppressWarnings("UnusedVariable")
	@ProblemFactCollectionProperty
	@ValueRangeProvider
	private List<ScheduleProblem.Slot> slots;

	/** The UMKM with at least one candidate pair: the ones fairness counts. */
	@SuppressWarnings("UnusedVariable")
	@ProblemFactCollectionProperty
	private List<ScheduleProblem.Umkm> fittingUmkm;

	@PlanningEntityCollectionProperty
	private List<PlannedMeeting> meetings;

	@PlanningScore(bendableHardLevelsSize = 1, bendableSoftLevelsSize = 3)
	private @Nullable BendableLongScore score;

	/** For Timefold's cloning. */
	@SuppressWarnings("NullAway.Init")
	MeetingPlan() {
	}

	MeetingPlan(List<ScheduleProblem.Slot> slots, List<ScheduleProblem.Umkm> fittingUmkm,
			List<PlannedMeeting> meetings) {
		this.slots = slots;
		this.fittingUmkm = fittingUmkm;
		this.meetings = meetings;
	}

	List<PlannedMeeting> meetings() {
		return meetings;
	}

	@Nullable BendableLongScore score() {
		return score;
	}

}
