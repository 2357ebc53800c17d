/**
 * Business-matching days ("temu bisnis"): events, sessions, registrations and the meeting
 * schedule, check-in, outcomes and the event report (docs/event.md).
 */
@ApplicationModule(displayName = "event",
		allowedDependencies = { "account", "company", "matching", "need", "offer", "partnership", "platform", "product",
				"reference", "umkm" })
@NullMarked
package id.simitra.event;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
