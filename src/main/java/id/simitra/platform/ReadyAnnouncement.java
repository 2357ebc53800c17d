package id.simitra.platform;

import java.util.Objects;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.cache.CacheManager;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Says when the portal is usable, in one line a newcomer can wait for ("Simitra siap:
 * http://localhost:8080 (data demo dimuat)"), after everything else that runs when the
 * application is ready, the demo data above all (issue 16). The web server accepts
 * requests before that, so a page opened during the demo load may have cached figures of
 * an empty database (the home page's counts, for a minute): the caches are emptied first.
 */
@Component
class ReadyAnnouncement {

	static final String LINE = "Simitra siap: ";

	private static final Log log = LogFactory.getLog(ReadyAnnouncement.class);

	private final CacheManager caches;

	private final Environment environment;

	ReadyAnnouncement(CacheManager caches, Environment environment) {
		this.caches = caches;
		this.environment = environment;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE)
	void announce(ApplicationReadyEvent ready) {
		this.caches.getCacheNames().forEach(name -> Objects.requireNonNull(this.caches.getCache(name)).clear());
		WebServer server = ready.getApplicationContext() instanceof WebServerApplicationContext web ? web.getWebServer()
				: null;
		String address = server != null ? "http://localhost:" + server.getPort() : "(tanpa server web)";
		boolean demo = this.environment.acceptsProfiles(Profiles.of("demo"));
		log.info(LINE + address + (demo ? " (data demo dimuat)" : ""));
	}

}
