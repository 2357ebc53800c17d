/**
 * The day of an event: checking participants in (by name or by the link printed on their
 * agenda), marking meetings held or missed, and seeing which tables run late
 * (docs/event.md, "Check-in").
 */
@NullMarked
package id.simitra.event.internal.checkin;

import org.jspecify.annotations.NullMarked;
