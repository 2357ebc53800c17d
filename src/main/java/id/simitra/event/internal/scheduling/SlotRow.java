package id.simitra.event.internal.scheduling;

import java.time.LocalTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A row of the grid: one slot, and what sits at each of its tables (index 0 is table 1;
 * null is a free table).
 */
public record SlotRow(long id, int session, LocalTime startsAt, LocalTime endsAt, List<@Nullable GridMeeting> tables) {

	/** How many of its tables are taken. */
	public long taken() {
		return this.tables.stream().filter(m -> m != null).count();
	}

}
