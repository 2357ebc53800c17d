/**
 * The meeting scheduler of a business-matching day: the problem, the rules a schedule
 * must keep, a greedy baseline and the Timefold model (docs/event.md, "Scheduler").
 * Nothing here touches the database or the web; the module's services feed it.
 */
@NullMarked
package id.simitra.event.internal.schedule;

import org.jspecify.annotations.NullMarked;
