package id.simitra.event.internal.schedule;

import java.time.Duration;

/**
 * How long the scheduler searches. It stops at the first limit reached.
 *
 * @param timeLimit the longest search
 * @param unimprovedTimeLimit stop earlier when the best schedule has not improved for
 * this long
 * @param moveLimit stop after this many evaluated moves; with a fixed seed this makes a
 * run repeatable, which a time limit does not (tests use it)
 * @param randomSeed the solver's random seed
 */
public record SchedulerSettings(Duration timeLimit, Duration unimprovedTimeLimit, long moveLimit, long randomSeed) {

	/**
	 * The portal's one-click setting: at most 6 s, less when the search stalls for 2 s.
	 */
	public static final SchedulerSettings DEFAULT = new SchedulerSettings(Duration.ofSeconds(6), Duration.ofSeconds(2),
			Long.MAX_VALUE, 0);

	public SchedulerSettings {
		if (timeLimit.isNegative() || timeLimit.isZero() || unimprovedTimeLimit.isNegative()
				|| unimprovedTimeLimit.isZero() || moveLimit < 1) {
			throw new IllegalArgumentException("limits must be positive");
		}
	}

	/**
	 * Repeatable settings: the same problem and seed give the same schedule, as long as
	 * the move limit is reached before the (generous) time limits.
	 * @param moveLimit evaluated moves
	 * @param randomSeed the seed
	 * @return the settings
	 */
	public static SchedulerSettings repeatable(long moveLimit, long randomSeed) {
		return new SchedulerSettings(Duration.ofMinutes(2), Duration.ofMinutes(2), moveLimit, randomSeed);
	}

}
