package id.simitra.event.internal.setup;

import java.time.Duration;
import java.time.LocalTime;

/**
 * A matchmaking session of the day, local times in the venue's zone.
 *
 * @param starts when the first meeting may start
 * @param ends when the last meeting must be over
 */
public record SessionTime(LocalTime starts, LocalTime ends) {

	public long minutes() {
		return Duration.between(this.starts, this.ends).toMinutes();
	}

	/** Whether the two share any minute (touching sessions, 12:00 and 12:00, do not). */
	public boolean overlaps(SessionTime other) {
		return this.starts.isBefore(other.ends) && other.starts.isBefore(this.ends);
	}

}
