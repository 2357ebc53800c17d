package id.simitra.platform;

import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Upkeep of Spring Modulith's event publication registry (table
 * {@code event_publication}, docs/events.md). Every event published in a transaction is
 * stored there once per listener and completed when the listener has finished. On start,
 * publications a stopped instance left incomplete are resubmitted
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}); here, while
 * running, those a listener failed on are resubmitted once they are older than
 * {@code simitra.events.retry-after}, and completed ones older than
 * {@code simitra.events.keep-completed} are deleted so that the table does not grow for
 * ever.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class EventPublications {

	private static final Log log = LogFactory.getLog(EventPublications.class);

	private final IncompleteEventPublications incomplete;

	private final CompletedEventPublications completed;

	private final Duration retryAfter;

	private final Duration keepCompleted;

	EventPublications(IncompleteEventPublications incomplete, CompletedEventPublications completed,
			@Value("${simitra.events.retry-after}") Duration retryAfter,
			@Value("${simitra.events.keep-completed}") Duration keepCompleted) {
		this.incomplete = incomplete;
		this.completed = completed;
		this.retryAfter = retryAfter;
		this.keepCompleted = keepCompleted;
	}

	/**
	 * Resubmits what a listener failed on (or is still stuck in after
	 * {@code retry-after}, far longer than any of our listeners takes). The first run
	 * waits a whole interval, so a starting instance is left to the restart resubmission.
	 */
	@Scheduled(initialDelayString = "${simitra.events.retry-interval}",
			fixedDelayString = "${simitra.events.retry-interval}")
	void retryIncomplete() {
		incomplete.resubmitIncompletePublicationsOlderThan(retryAfter);
	}

	/** Once a day, at night in WIB. */
	@Scheduled(cron = "${simitra.events.cleanup-cron}", zone = "Asia/Jakarta")
	void deleteOldCompleted() {
		completed.deletePublicationsOlderThan(keepCompleted);
		log.info("Deleted completed event publications older than " + keepCompleted);
	}

}
