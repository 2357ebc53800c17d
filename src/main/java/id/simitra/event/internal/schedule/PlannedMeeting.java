package id.simitra.event.internal.schedule;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import org.jspecify.annotations.Nullable;

/**
 * Timefold's planning entity: one candidate pair, which the solver puts in a slot or
 * leaves out (slot null). The table is chosen after solving: the tables of a slot are
 * alike, so only their number per slot matters to the solver, which keeps its search
 * space at slots rather than slots × tables.
 */
@PlanningEntity
public class PlannedMeeting {

	// Read by Timefold, by reflection (to tell entities apart in pairs and for repeatable
	// runs).
	@SuppressWarnings("UnusedVariable")
	@PlanningId
	private int id;

	private long needId;

	private long umkmId;

	private ScheduleProblem.Company company;

	private ScheduleProblem.Umkm umkm;

	private int score;

	private boolean requested;

	private int maxMeetingsOfUmkm;

	@PlanningPin
	private boolean locked;

	private int lockedTable;

	@PlanningVariable(allowsUnassigned = true)
	private ScheduleProblem.@Nullable Slot slot;

	/** For Timefold's cloning. */
	@SuppressWarnings("NullAway.Init")
	PlannedMeeting() {
	}

	PlannedMeeting(int id, long needId, ScheduleProblem.Company company, ScheduleProblem.Umkm umkm, int score,
			boolean requested, int maxMeetingsOfUmkm) {
		this.id = id;
		this.needId = needId;
		this.umkmId = umkm.id();
		this.company = company;
		this.umkm = umkm;
		this.score = score;
		this.requested = requested;
		this.maxMeetingsOfUmkm = maxMeetingsOfUmkm;
	}

	void lock(ScheduleProblem.Slot slot, int table) {
		this.slot = slot;
		this.lockedTable = table;
		this.locked = true;
	}

	long needId() {
		return needId;
	}

	long umkmId() {
		return umkmId;
	}

	ScheduleProblem.Company company() {
		return company;
	}

	ScheduleProblem.Umkm umkm() {
		return umkm;
	}

	int score() {
		return score;
	}

	boolean requested() {
		return requested;
	}

	int maxMeetingsOfUmkm() {
		return maxMeetingsOfUmkm;
	}

	boolean locked() {
		return locked;
	}

	int lockedTable() {
		return lockedTable;
	}

	ScheduleProblem.@Nullable Slot slot() {
		return slot;
	}

	/** The assigned slot; call only on meetings the solver placed. */
	ScheduleProblem.Slot placedSlot() {
		ScheduleProblem.Slot placed = slot;
		if (placed == null) {
			throw new IllegalStateException("meeting not placed");
		}
		return placed;
	}

	void setSlot(ScheduleProblem.@Nullable Slot slot) {
		this.slot = slot;
	}

	@Override
	public String toString() {
		return "need " + needId + " × UMKM " + umkmId + " @ " + (slot == null ? "-" : slot.id());
	}

}
