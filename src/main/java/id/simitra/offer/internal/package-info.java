/**
 * Entities, repositories, services and SQL of the offer module; no other module may use
 * them.
 */
@NullMarked
package id.simitra.offer.internal;

import org.jspecify.annotations.NullMarked;
