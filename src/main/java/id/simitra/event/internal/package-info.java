/**
 * Internals of the event module; no other module may use them.
 */
@NullMarked
package id.simitra.event.internal;

import org.jspecify.annotations.NullMarked;
