package id.simitra.platform;

import java.sql.SQLException;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionSystemException;

/**
 * What counts as "storage is full", and what happens then: PostgreSQL's SQLSTATE 53100
 * (disk_full) and 53000 (the class's generic insufficient_resources), or a folder Tomcat
 * cannot write an upload to. The person gets the "Penyimpanan penuh" page
 * (templates/error/507.html) with HTTP 507 Insufficient Storage: not 503, which says "try
 * again in a moment" and may make a proxy retry the post on another instance that shares
 * the same full disk. One log line at ERROR says so, and the "databaseStorage" health
 * component goes out of service ({@link DatabaseStorageHealth}); an upload folder's
 * problem shows in "storage" ({@link StorageHealth}). The rest of SQLSTATE class 53 (out
 * of memory, too many connections) passes by itself and stays the "briefly unavailable"
 * page of {@link DatabaseUnavailable}.
 */
@Component
class StorageFull {

	static final int STATUS = 507;

	static final String VIEW = "error/507";

	private static final Log log = LogFactory.getLog(StorageFull.class);

	private final StorageHealth health;

	private final DatabaseStorageHealth database;

	StorageFull(StorageHealth health, DatabaseStorageHealth database) {
		this.health = health;
		this.database = database;
	}

	/**
	 * The SQLSTATE when the failure, or anything it was caused by, is PostgreSQL running
	 * out of disk; else null.
	 */
	static @Nullable String sqlState(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof TransactionSystemException tx && tx.getApplicationException() != null
					&& tx.getApplicationException() != t) {
				String state = sqlState(tx.getApplicationException());
				if (state != null) {
					return state;
				}
			}
			if (t instanceof SQLException sql
					&& ("53100".equals(sql.getSQLState()) || "53000".equals(sql.getSQLState()))) {
				return sql.getSQLState();
			}
		}
		return null;
	}

	/** Logs the failure in one line and marks the storage out of service. */
	void record(HttpServletRequest request, String what) {
		database.full();
		log.error("Storage full (" + what + "), answering 507 for " + request.getMethod() + " "
				+ request.getRequestURI());
	}

	/**
	 * Tomcat could not write an upload: is its folder the reason? Then it is recorded and
	 * true.
	 */
	boolean uploadFolderFull(HttpServletRequest request) {
		String problem = health.uploadFolderProblem();
		if (problem == null) {
			return false;
		}
		log.error("Storage full (" + problem + "), answering 507 for " + request.getMethod() + " "
				+ request.getRequestURI());
		return true;
	}

}
