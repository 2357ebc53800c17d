package id.simitra.platform;

import java.net.URI;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The portal's public address (simitra.base-url, environment SIMITRA_BASE_URL), the one
 * source of every absolute link that leaves the portal: the open-data feed, CSV exports,
 * storefront link previews, e-mails. Never build such a link from the request
 * (ServletUriComponentsBuilder.fromCurrent*, getServerName, getRequestURL): its host is
 * the Host header, which any client writes as it likes, so a forged Host would end up in
 * data others store and follow. Pages link relatively, and redirects are relative
 * (server.tomcat.use-relative-redirects). docs/accounts.md.
 */
@Component
public class PortalAddress {

	private final String base;

	PortalAddress(@Value("${simitra.base-url}") String baseUrl) {
		String trimmed = baseUrl.strip();
		while (trimmed.endsWith("/")) {
			trimmed = trimmed.substring(0, trimmed.length() - 1);
		}
		URI uri = URI.create(trimmed);
		// Fail at start-up, not with odd links later.
		if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
				|| uri.getQuery() != null || uri.getFragment() != null) {
			throw new IllegalStateException(
					"simitra.base-url must be an http(s) address such as https://simitra.example, not " + baseUrl);
		}
		this.base = trimmed;
	}

	/** The address without a trailing slash, e.g. {@code https://simitra.example}. */
	public String base() {
		return base;
	}

	/**
	 * The absolute address of a path of the portal ({@code /direktori/umkm/7} →
	 * {@code https://simitra.example/direktori/umkm/7}).
	 */
	public String of(String path) {
		return base + (path.startsWith("/") ? path : "/" + path);
	}

}
