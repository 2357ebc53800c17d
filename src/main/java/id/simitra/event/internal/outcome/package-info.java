/**
 * Outcomes of business-matching meetings: each side records its own after the meeting's
 * slot has started (docs/event.md, "Outcomes"), and the links that offer and partnership
 * ask about.
 */
@NullMarked
package id.simitra.event.internal.outcome;

import org.jspecify.annotations.NullMarked;
