package id.simitra.platform;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * What counts as "the database cannot be reached right now", and what the person gets
 * instead: the 503 page (templates/error/503.html) with a Retry-After, from
 * {@link ErrorAdvice} inside Spring MVC and from {@link DatabaseUnavailableFilter} for
 * failures outside it (the session store, a page that fails while rendering).
 */
final class DatabaseUnavailable {

	/**
	 * Seconds a browser or client should wait before trying again: Hikari fails after 5 s
	 * and keeps reconnecting.
	 */
	static final int RETRY_AFTER_SECONDS = 30;

	static final String VIEW = "error/503";

	/**
	 * A "try again" link only to our own plain paths (never "//host", which a browser
	 * reads as another site).
	 */
	private static final Pattern OWN_PATH = Pattern.compile("/([^/\\\\].*)?");

	private DatabaseUnavailable() {
	}

	/**
	 * True when the failure, or anything it was caused by, says the database is
	 * unreachable or refuses connections: Spring's translations
	 * (CannotGetJdbcConnectionException is a DataAccessResourceFailureException), a
	 * transaction that could not start, Hikari's "connection is not available" timeout,
	 * or the driver's SQLSTATE classes 08 (connection exception), 53 (insufficient
	 * resources, e.g. too many connections) and 57 (operator intervention, e.g. the
	 * server shutting down).
	 * <p>
	 * Also Hikari's "Connection is closed": when a statement fails with a fatal
	 * connection error (PostgreSQL restarting, SQLSTATE 57P01 or 08006) Hikari evicts the
	 * connection, and the transaction's rollback then fails on the closed connection.
	 * That rollback failure replaces the original exception (Spring keeps the original
	 * only in its log line), so it is the one that arrives here, without any SQLSTATE
	 * (seen in bench/db-restart.sh).
	 */
	static boolean isCause(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof TransactionSystemException tx && tx.getApplicationException() != null
					&& tx.getApplicationException() != t && isCause(tx.getApplicationException())) {
				return true;
			}
			if (t instanceof SQLException sql && isHikariClosedConnection(sql)) {
				return true;
			}
			if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
					|| t instanceof TransientDataAccessResourceException || t instanceof SQLTransientConnectionException
					|| t instanceof SQLNonTransientConnectionException) {
				return true;
			}
			if (t instanceof SQLException sql && sql.getSQLState() != null && (sql.getSQLState().startsWith("08")
					|| sql.getSQLState().startsWith("53") || sql.getSQLState().startsWith("57"))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Thrown by every method of the stand-in Hikari puts in place of a connection it has
	 * evicted.
	 */
	private static boolean isHikariClosedConnection(SQLException sql) {
		StackTraceElement[] trace = sql.getStackTrace();
		return "Connection is closed".equals(sql.getMessage()) && trace.length > 0
				&& trace[0].getClassName().startsWith("com.zaxxer.hikari.pool.ProxyConnection$ClosedConnection");
	}

	/**
	 * The same page again for a GET (a "try again" link), nothing for a form post (that
	 * would lose the input).
	 */
	static @Nullable String retryUrl(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod())) {
			return null;
		}
		String path = request.getRequestURI();
		if (path == null || !OWN_PATH.matcher(path).matches()) {
			return null;
		}
		return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
	}

	/**
	 * One line, no stack trace: during an outage every request ends here, and the cause
	 * is all that helps.
	 */
	static String describe(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return failure.getClass().getSimpleName()
				+ (root != failure ? " caused by " + root.getClass().getSimpleName() : "") + ": " + root.getMessage();
	}

}
