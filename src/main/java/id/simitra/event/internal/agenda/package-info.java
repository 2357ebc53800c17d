/**
 * Agendas of a published schedule: each participant's own on the phone, as PDF and as an
 * .ics calendar file; all agendas and the table plan as PDF for the organisers
 * (docs/event.md, "Agendas").
 */
@NullMarked
package id.simitra.event.internal.agenda;

import org.jspecify.annotations.NullMarked;
