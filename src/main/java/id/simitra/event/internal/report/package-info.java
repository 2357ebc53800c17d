/**
 * The event report for organisers: participants, meetings, outcomes and what came of the
 * day, read live through the other modules' published views (docs/event.md, "Report").
 */
@NullMarked
package id.simitra.event.internal.report;

import org.jspecify.annotations.NullMarked;
