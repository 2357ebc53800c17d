package id.simitra.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The replica's lag from WAL positions ({@link ReplicaLag}): what the health check of
 * {@link ReadReplica} decides on.
 */
class ReplicaLagTest {

	@Test
	void positionsAsPostgresqlWritesThem() {
		assertThat(ReplicaLag.parseLsn("0/0")).isZero();
		assertThat(ReplicaLag.parseLsn("0/16B3748")).isEqualTo(0x16B3748L);
		assertThat(ReplicaLag.parseLsn("16/B374D848")).isEqualTo((0x16L << 32) | 0xB374D848L);
		assertThatThrownBy(() -> ReplicaLag.parseLsn("B374D848")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aReplicaThatReachedTheNewestSampleIsNotBehind() {
		ReplicaLag lag = new ReplicaLag(10_000);
		lag.primaryAt(1_000, 500);
		lag.primaryAt(2_000, 900);
		assertThat(lag.behindMillis(2_010, 900)).isZero();
		assertThat(lag.behindMillis(2_010, 950)).as("ahead of the sample: it was taken first").isZero();
	}

	@Test
	void anIdlePrimaryDoesNotMakeTheReplicaLookBehind() {
		ReplicaLag lag = new ReplicaLag(10_000);
		for (long t = 0; t <= 60_000; t += 1_000) {
			lag.primaryAt(t, 700);
		}
		assertThat(lag.behindMillis(60_005, 700)).isZero();
	}

	@Test
	void betweenTwoSamplesTheTimeIsInterpolatedByPosition() {
		ReplicaLag lag = new ReplicaLag(10_000);
		lag.primaryAt(1_000, 1_000);
		lag.primaryAt(2_000, 2_000);
		lag.primaryAt(3_000, 3_000);
		// Replayed halfway from the 1 s sample to the 2 s one: caught up to 1.5 s.
		assertThat(lag.behindMillis(3_000, 1_500)).isEqualTo(1_500);
		assertThat(lag.behindMillis(3_000, 2_000)).isEqualTo(1_000);
	}

	@Test
	void aReplicaBehindEverySampleIsBehindByAnUnknownAmount() {
		ReplicaLag lag = new ReplicaLag(10_000);
		assertThat(lag.behindMillis(0, 0)).as("before the first sample").isEqualTo(ReplicaLag.UNKNOWN);
		lag.primaryAt(1_000, 1_000);
		assertThat(lag.behindMillis(1_010, 999)).as("just started, replica an hour behind or 1 byte")
			.isEqualTo(ReplicaLag.UNKNOWN);
	}

	@Test
	void aReplicaThatStoppedReceivingFallsFurtherBehindWithEveryCheck() {
		// Replay stuck at 1,000 (lost its connection to the primary) while the primary
		// goes on.
		ReplicaLag lag = new ReplicaLag(5_000);
		long previous = -1;
		for (long t = 0; t <= 4_000; t += 1_000) {
			lag.primaryAt(t, 1_000 + t);
			long behind = lag.behindMillis(t, 1_000);
			assertThat(behind).isGreaterThanOrEqualTo(previous);
			previous = behind;
		}
		assertThat(previous).isEqualTo(4_000);
		for (long t = 5_000; t <= 7_000; t += 1_000) {
			lag.primaryAt(t, 1_000 + t);
		}
		assertThat(lag.behindMillis(7_000, 1_000)).as("older than what is kept").isEqualTo(ReplicaLag.UNKNOWN);
	}

	@Test
	void aPrimaryThatWentBackwardsIsANewPrimary() {
		ReplicaLag lag = new ReplicaLag(10_000);
		lag.primaryAt(1_000, 9_000);
		lag.primaryAt(2_000, 100);
		assertThat(lag.behindMillis(2_000, 100)).isZero();
		assertThat(lag.behindMillis(2_000, 50)).isEqualTo(ReplicaLag.UNKNOWN);
	}

}
