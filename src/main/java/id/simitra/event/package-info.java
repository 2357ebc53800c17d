/**
 * Business-matching days ("temu bisnis"): events, sessions, registrations and the meeting
 * schedule. Today: the meeting scheduler (internal/schedule, docs/event.md).
 */
@ApplicationModule(displayName = "event", allowedDependencies = { "platform", "reference" })
@NullMarked
package id.simitra.event;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
