package id.simitra.platform;

import java.io.OutputStream;
import java.io.Writer;
import java.sql.SQLException;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A read-only transaction that fails because the replica went away under it (stopped,
 * restarted, connection cut: {@link DatabaseUnavailable#isCause}), or because the replica
 * cancelled its query to go on replaying (SQLSTATE 40001, "conflict with recovery"), runs
 * once more on the primary instead of giving the person an error page. Connections not
 * yet taken already fall back in {@link ReadReplica}; this covers the queries in flight
 * when the replica stops.
 * <p>
 * Sits around {@code @Transactional(readOnly = true)} methods, outside the transaction
 * interceptor ({@link ReadReplicaConfig}), and acts only where such a method starts the
 * transaction: a method joining one already running is retried with the outermost. Read-
 * only transactions write nothing, so running one twice changes nothing, except for a
 * method that writes its result to a stream or writer it was given (an export): it may
 * have sent part of it already, and a second run would send it again, so that failure
 * goes to the person as it is.
 */
final class ReadOnlyRetry implements MethodInterceptor {

	private static final Log log = LogFactory.getLog(ReadOnlyRetry.class);

	private final ObjectProvider<ReadReplica> replica;

	ReadOnlyRetry(ObjectProvider<ReadReplica> replica) {
		this.replica = replica;
	}

	@Override
	public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
		if (TransactionSynchronizationManager.isActualTransactionActive() || ReadReplica.watching()
				|| writesToStream(invocation.getArguments())) {
			return invocation.proceed();
		}
		try (ReadReplica.Attempt attempt = ReadReplica.watch()) {
			// A copy taken before the first run: a method invocation runs its interceptor
			// chain only once.
			MethodInvocation again = ((ProxyMethodInvocation) invocation).invocableClone();
			try {
				return invocation.proceed();
			}
			catch (Throwable failure) {
				if (!attempt.usedReplica()) {
					throw failure;
				}
				boolean replicaAway = DatabaseUnavailable.isCause(failure);
				if (!replicaAway && !cancelledByRecovery(failure)) {
					throw failure;
				}
				if (replicaAway) {
					replica.getObject().outOfUse("a read failed: " + DatabaseUnavailable.describe(failure));
				}
				log.warn("Read-only " + invocation.getMethod().getDeclaringClass().getSimpleName() + "."
						+ invocation.getMethod().getName() + " failed on the replica, running it on the primary: "
						+ DatabaseUnavailable.describe(failure));
				attempt.onPrimary();
				return again.proceed();
			}
		}
	}

	private static boolean writesToStream(@Nullable Object[] arguments) {
		for (Object argument : arguments) {
			if (argument instanceof OutputStream || argument instanceof Writer) {
				return true;
			}
		}
		return false;
	}

	/** A query the standby cancelled because replay needed what it was reading. */
	private static boolean cancelledByRecovery(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof SQLException sql && "40001".equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

}
