package id.simitra.platform;

import java.time.Duration;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Read-your-writes with a read replica: whoever just changed something sees the change,
 * although the replica may be a moment behind. After a read-write transaction of the
 * portal's own code commits while a request is handled,
 * <ul>
 * <li>the rest of that request reads from the primary (a request attribute), and</li>
 * <li>the response carries a short-lived cookie ({@value #COOKIE}, max-age
 * {@code simitra.datasource.replica.read-your-writes}); while the browser sends it back,
 * that person's reads go to the primary, on whichever instance their requests land.</li>
 * </ul>
 * Why a time window in a cookie, and not the alternatives:
 * <ul>
 * <li>waiting, before each read, until the replica has replayed the person's last commit
 * (its WAL position) would cost a query on the primary after every write and one on the
 * replica before every read of that person, and would make them wait for the replica
 * exactly when it is slow; the window costs nothing and never waits;</li>
 * <li>a timestamp in the HTTP session would be read from PostgreSQL (Spring Session JDBC)
 * on requests that otherwise never load the session (product photos, public pages), and
 * must be saved before a redirect reaches the browser; the cookie travels with every
 * request for free. Sending the cookie on purpose only moves one's own reads to the
 * primary.</li>
 * </ul>
 * The window is safe because a replica that serves reads is never further behind than
 * {@code max-lag} (checked every {@code check-interval}, see {@link ReadReplica}), and
 * {@link ReadReplicaConfig} refuses a window shorter than the two together.
 * <p>
 * "The portal's own code" means transactions with a name: every {@code @Transactional}
 * method's is its class and method; a {@code TransactionTemplate} must be given one to
 * count. Spring Session's unnamed transactions (which touch the session's last-access
 * time on every request) would otherwise send everybody who is logged in to the primary.
 */
final class ReadYourWrites implements TransactionExecutionListener {

	static final String COOKIE = "simitra-primary";

	private static final String WROTE = ReadYourWrites.class.getName() + ".WROTE";

	private final int maxAgeSeconds;

	private final boolean secure;

	ReadYourWrites(Duration window, boolean secure) {
		this.maxAgeSeconds = (int) Math.max(1, (window.toMillis() + 999) / 1000);
		this.secure = secure;
	}

	@Override
	public void afterCommit(TransactionExecution transaction, @Nullable Throwable commitFailure) {
		if (commitFailure != null || !transaction.isNewTransaction() || transaction.isReadOnly()
				|| transaction.getTransactionName().isEmpty()) {
			return;
		}
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			// Not on a request's thread (event listeners, scheduled work): nobody to
			// read back.
			return;
		}
		HttpServletRequest request = attributes.getRequest();
		if (request.getAttribute(WROTE) != null) {
			return;
		}
		request.setAttribute(WROTE, true);
		HttpServletResponse response = attributes.getResponse();
		if (response != null && !response.isCommitted()) {
			Cookie cookie = new Cookie(COOKIE, "1");
			cookie.setPath("/");
			cookie.setMaxAge(maxAgeSeconds);
			cookie.setHttpOnly(true);
			cookie.setSecure(secure);
			cookie.setAttribute("SameSite", "Lax");
			response.addCookie(cookie);
		}
	}

	/**
	 * True while the current request must read from the primary: it wrote, or its browser
	 * sent the cookie of a recent write.
	 */
	static boolean readsOnPrimary() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (!(attributes instanceof ServletRequestAttributes servlet)) {
			return false;
		}
		HttpServletRequest request = servlet.getRequest();
		if (request.getAttribute(WROTE) != null) {
			return true;
		}
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (COOKIE.equals(cookie.getName())) {
					return true;
				}
			}
		}
		return false;
	}

}
