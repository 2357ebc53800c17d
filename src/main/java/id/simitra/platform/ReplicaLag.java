package id.simitra.platform;

import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * How far a streaming replica is behind, measured in time from WAL positions (LSNs)
 * rather than from {@code pg_last_xact_replay_timestamp()}: that timestamp stops moving
 * while the primary is idle (a replica then looks ever more "behind" although it has
 * everything), and it says nothing when the replica has lost its connection to the
 * primary and simply stopped receiving (it has replayed all it received and still looks
 * current). Here each health check first samples the primary's flushed WAL position, then
 * asks the replica how far it has replayed; the replica holds everything the primary had
 * committed at the time of the newest sample it has reached. Between two samples the time
 * is interpolated by position.
 * <p>
 * Not thread-safe: only the one health-check thread of {@link ReadReplica} uses it.
 */
final class ReplicaLag {

	/**
	 * The replica is behind every sample still kept: at least as far behind as the
	 * history reaches, which is longer than any limit worth configuring.
	 */
	static final long UNKNOWN = Long.MAX_VALUE;

	/** {time in ms, primary's flushed WAL position}, oldest first. */
	private final ArrayDeque<long[]> samples = new ArrayDeque<>();

	private final long keepMillis;

	/**
	 * @param keepMillis how long samples are kept; a replica behind the oldest one is
	 * {@link #UNKNOWN}, so this must exceed the lag limit
	 */
	ReplicaLag(long keepMillis) {
		this.keepMillis = keepMillis;
	}

	/** The primary had flushed WAL up to {@code lsn} at {@code timeMillis}. */
	void primaryAt(long timeMillis, long lsn) {
		long[] last = samples.peekLast();
		if (last != null && lsn < last[1]) {
			// A primary never goes back; a smaller position means it was replaced
			// (restored,
			// failed over): what was sampled before says nothing any more.
			samples.clear();
		}
		samples.addLast(new long[] { timeMillis, lsn });
		while (samples.size() > 1 && samples.peekFirst()[0] < timeMillis - keepMillis) {
			samples.removeFirst();
		}
	}

	/**
	 * Milliseconds the replica, having replayed WAL up to {@code replayLsn}, is behind at
	 * {@code nowMillis}: 0 when it has reached the newest sample, {@link #UNKNOWN} when
	 * it is behind all of them (also before the first sample).
	 */
	long behindMillis(long nowMillis, long replayLsn) {
		long[] newer = null;
		for (Iterator<long[]> it = samples.descendingIterator(); it.hasNext();) {
			long[] sample = it.next();
			if (replayLsn >= sample[1]) {
				if (newer == null) {
					return 0;
				}
				// Reached this sample but not the newer one: interpolate where between
				// them.
				double part = (double) (replayLsn - sample[1]) / (newer[1] - sample[1]);
				long caughtUpTo = sample[0] + Math.round(part * (newer[0] - sample[0]));
				return Math.max(0, nowMillis - caughtUpTo);
			}
			newer = sample;
		}
		return UNKNOWN;
	}

	/**
	 * A WAL position as PostgreSQL writes it ({@code 16/B374D848}: high and low 32 bits
	 * in hexadecimal) as one number.
	 */
	static long parseLsn(String lsn) {
		int slash = lsn.indexOf('/');
		if (slash < 1) {
			throw new IllegalArgumentException("Not a WAL position: " + lsn);
		}
		return (Long.parseLong(lsn.substring(0, slash), 16) << 32) | Long.parseLong(lsn.substring(slash + 1), 16);
	}

}
