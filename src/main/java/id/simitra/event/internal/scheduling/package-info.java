/**
 * The schedule of a business-matching day in the database: building the solver's problem
 * from the registrations, storing its meetings, the officer's grid, moves and locks,
 * publishing, and placing late registrations (docs/event.md, "Schedule").
 */
@NullMarked
package id.simitra.event.internal.scheduling;

import org.jspecify.annotations.NullMarked;
