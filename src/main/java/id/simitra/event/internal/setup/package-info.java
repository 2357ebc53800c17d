/**
 * Setting up a business-matching day and getting people to it: the officer's event form
 * and its rules, the slots cut from the sessions, publishing, the public pages,
 * invitations and registrations (docs/event.md, "Setting up an event").
 */
@NullMarked
package id.simitra.event.internal.setup;

import org.jspecify.annotations.NullMarked;
