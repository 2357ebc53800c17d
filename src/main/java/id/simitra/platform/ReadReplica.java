package id.simitra.platform;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.datasource.AbstractDataSource;

/**
 * The read replica: its connection pool, whether it may serve reads now, and the
 * read-only {@link DataSource} that Spring's {@code LazyConnectionDataSourceProxy} takes
 * a connection from for read-only transactions ({@link ReadReplicaConfig}).
 * <p>
 * A read-only transaction gets a replica connection unless
 * <ul>
 * <li>the person wrote something a moment ago ({@link ReadYourWrites}), or this
 * transaction is being run again after the replica failed under it
 * ({@link ReadOnlyRetry});</li>
 * <li>the replica is out of use: the last health check could not reach it, or found it
 * more than {@code max-lag} behind the primary, or a connection could not be had from its
 * pool just now.</li>
 * </ul>
 * Then it gets a primary connection set read-only, so the transaction behaves exactly as
 * it did before there was a replica (PostgreSQL refuses writes in it either way). Nobody
 * gets an error because the replica is away: the cost is load on the primary.
 * <p>
 * The health check runs every {@code check-interval} on its own thread: it samples the
 * primary's WAL position and the replica's replay position ({@link ReplicaLag}). The
 * replica is back in use after the first check that reaches it within the lag limit.
 */
final class ReadReplica implements MeterBinder, AutoCloseable {

	private static final Log log = LogFactory.getLog(ReadReplica.class);

	/** The read-only transaction now running on this thread, if it is being watched. */
	private static final ThreadLocal<@Nullable Attempt> ATTEMPT = new ThreadLocal<>();

	private final HikariDataSource replica;

	private final Duration maxLag;

	private final Duration checkInterval;

	private final ReplicaLag lag;

	private final ScheduledExecutorService checker;

	private volatile @Nullable DataSource primary;

	private @Nullable ScheduledFuture<?> checks;

	/** False until the first check found the replica within the limit. */
	private volatile boolean usable;

	/**
	 * What the log said last: in use or not (null before the first report). Guarded by
	 * its own lock: request threads report too, and must not wait for a check.
	 */
	private @Nullable Boolean reported;

	private final Object reportLock = new Object();

	private volatile long lastLagMillis = ReplicaLag.UNKNOWN;

	private boolean warnedNotStandby;

	/** Connections for read-only transactions, from the replica and from the primary. */
	private final LongAdder replicaReads = new LongAdder();

	private final LongAdder primaryReads = new LongAdder();

	ReadReplica(HikariDataSource replica, Duration maxLag, Duration checkInterval) {
		this.replica = replica;
		this.maxLag = maxLag;
		this.checkInterval = checkInterval;
		// Long enough to tell "behind by more than the limit" from "behind by an unknown
		// amount"; both take the replica out of use.
		this.lag = new ReplicaLag(maxLag.toMillis() + 3 * checkInterval.toMillis());
		this.checker = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread t = new Thread(r, "replica-check");
			t.setDaemon(true);
			return t;
		});
	}

	/**
	 * The data source for read-only transactions, falling back to {@code primary}; starts
	 * the health checks (the first one at once).
	 */
	synchronized DataSource readOnlyDataSource(DataSource primary) {
		if (checks != null) {
			throw new IllegalStateException("The read replica serves one primary data source");
		}
		this.primary = primary;
		checks = checker.scheduleWithFixedDelay(this::checkQuietly, 0, checkInterval.toMillis(), TimeUnit.MILLISECONDS);
		return new AbstractDataSource() {

			@Override
			public Connection getConnection() throws SQLException {
				return readOnlyConnection(primary);
			}

			@Override
			public Connection getConnection(String username, String password) throws SQLException {
				throw new SQLException("Read-only connections come from the configured pools only");
			}

		};
	}

	boolean usable() {
		return usable;
	}

	long replicaReads() {
		return replicaReads.sum();
	}

	long primaryReads() {
		return primaryReads.sum();
	}

	/**
	 * {@code simitra.replica.reads} (read-only transactions by the pool that served
	 * them), {@code simitra.replica.in.use} (1 or 0) and {@code simitra.replica.lag} (ms
	 * at the last check, -1 when unknown or unreachable).
	 */
	@Override
	public void bindTo(MeterRegistry registry) {
		FunctionCounter.builder("simitra.replica.reads", replicaReads, LongAdder::sum)
			.tag("pool", "replica")
			.description("Read-only transactions served by the read replica")
			.register(registry);
		FunctionCounter.builder("simitra.replica.reads", primaryReads, LongAdder::sum)
			.tag("pool", "primary")
			.description("Read-only transactions served by the primary (recent write, replica out of use)")
			.register(registry);
		Gauge.builder("simitra.replica.in.use", this, r -> r.usable ? 1 : 0)
			.description("1 while read-only transactions go to the read replica")
			.register(registry);
		Gauge.builder("simitra.replica.lag", this, r -> r.lastLagMillis == ReplicaLag.UNKNOWN ? -1 : r.lastLagMillis)
			.baseUnit("milliseconds")
			.description("How far the read replica was behind the primary at the last check")
			.register(registry);
	}

	String replicaUrl() {
		return String.valueOf(replica.getJdbcUrl());
	}

	private Connection readOnlyConnection(DataSource primary) throws SQLException {
		Attempt attempt = ATTEMPT.get();
		if (usable && !ReadYourWrites.readsOnPrimary() && (attempt == null || !attempt.onPrimary)) {
			try {
				Connection connection = replica.getConnection();
				if (attempt != null) {
					attempt.usedReplica = true;
				}
				replicaReads.increment();
				return connection;
			}
			catch (SQLException ex) {
				outOfUse("no connection from its pool: " + ex.getMessage());
			}
		}
		Connection connection = primary.getConnection();
		primaryReads.increment();
		try {
			// What the transaction manager would have set on a connection without a
			// replica (the lazy proxy leaves it to the read-only pool); the pool resets
			// it on return.
			connection.setReadOnly(true);
		}
		catch (SQLException ex) {
			connection.close();
			throw ex;
		}
		return connection;
	}

	/** Takes the replica out of use until the next successful health check. */
	void outOfUse(String why) {
		usable = false;
		report(false, why);
	}

	/** Runs one health check now (the checker thread does this every interval). */
	synchronized void check() {
		DataSource primary = this.primary;
		if (primary == null) {
			return;
		}
		long primaryLsn;
		long sampledAt;
		try (Connection c = primary.getConnection(); Statement s = c.createStatement()) {
			// Taken before the position is read: whatever was committed before
			// this moment is within that position.
			sampledAt = monotonicMillis();
			try (ResultSet rs = s.executeQuery("select pg_current_wal_flush_lsn()::text")) {
				rs.next();
				primaryLsn = ReplicaLag.parseLsn(rs.getString(1));
			}
		}
		catch (SQLException | RuntimeException ex) {
			// Nothing new can be committed while the primary cannot be reached, so the
			// replica does not fall behind meanwhile; its state stays as it was.
			log.debug("Replica check: primary not reachable: " + ex.getMessage());
			return;
		}
		lag.primaryAt(sampledAt, primaryLsn);
		boolean standby;
		@Nullable String replayed;
		try (Connection c = replica.getConnection();
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select pg_is_in_recovery(), pg_last_wal_replay_lsn()::text")) {
			rs.next();
			standby = rs.getBoolean(1);
			replayed = rs.getString(2);
		}
		catch (SQLException | RuntimeException ex) {
			lastLagMillis = ReplicaLag.UNKNOWN;
			outOfUse("not reachable: " + ex.getMessage());
			return;
		}
		long behind;
		if (!standby || replayed == null) {
			// Not a standby (a second database standing in for one, as in the tests, or a
			// replica promoted after a failover): nothing to be behind on.
			if (!warnedNotStandby) {
				log.warn("The configured read replica is not a standby (pg_is_in_recovery() is false): "
						+ "reads go to it without a lag check");
				warnedNotStandby = true;
			}
			behind = 0;
		}
		else {
			behind = lag.behindMillis(monotonicMillis(), ReplicaLag.parseLsn(replayed));
		}
		lastLagMillis = behind;
		if (behind > maxLag.toMillis()) {
			outOfUse((behind == ReplicaLag.UNKNOWN ? "behind by an unknown amount" : "behind by " + behind + " ms")
					+ " (limit " + maxLag.toMillis() + " ms)");
		}
		else {
			usable = true;
			report(true, "behind by " + behind + " ms");
		}
	}

	/**
	 * Milliseconds on a clock that only measures intervals (the lag is one): not the
	 * portal's date, which comes from the Clock bean.
	 */
	private static long monotonicMillis() {
		return TimeUnit.NANOSECONDS.toMillis(System.nanoTime());
	}

	private void checkQuietly() {
		try {
			check();
		}
		catch (RuntimeException ex) {
			// The checker must go on: an exception would end the scheduled task for good.
			log.warn("Replica check failed", ex);
		}
	}

	/**
	 * One log line when the replica goes out of use or back into use, not one per check.
	 */
	private void report(boolean inUse, String why) {
		synchronized (reportLock) {
			if (reported != null && reported == inUse) {
				return;
			}
			reported = inUse;
		}
		if (inUse) {
			log.info("Read replica " + replicaUrl() + " in use for read-only transactions (" + why + ")");
		}
		else {
			log.warn("Read replica " + replicaUrl() + " out of use, read-only transactions go to the primary: " + why);
		}
	}

	/**
	 * Watches a read-only transaction on this thread: whether it got a replica
	 * connection, and whether it must run on the primary. Closing ends the watch.
	 */
	static Attempt watch() {
		Attempt attempt = new Attempt();
		ATTEMPT.set(attempt);
		return attempt;
	}

	static boolean watching() {
		return ATTEMPT.get() != null;
	}

	@Override
	public synchronized void close() {
		if (checks != null) {
			checks.cancel(true);
		}
		checker.shutdownNow();
		replica.close();
	}

	static final class Attempt implements AutoCloseable {

		private boolean usedReplica;

		private boolean onPrimary;

		boolean usedReplica() {
			return usedReplica;
		}

		/** From now on this transaction's connections come from the primary. */
		void onPrimary() {
			onPrimary = true;
			usedReplica = false;
		}

		@Override
		public void close() {
			ATTEMPT.remove();
		}

	}

}
