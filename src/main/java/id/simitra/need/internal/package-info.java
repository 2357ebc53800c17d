/**
 * Entities, repositories, services and SQL of the need module; no other module may use
 * them.
 */
@NullMarked
package id.simitra.need.internal;

import org.jspecify.annotations.NullMarked;
