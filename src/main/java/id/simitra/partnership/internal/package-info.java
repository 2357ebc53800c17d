/**
 * Entities, repositories, services and SQL of the partnership module; no other module may
 * use them.
 */
@NullMarked
package id.simitra.partnership.internal;

import org.jspecify.annotations.NullMarked;
