/**
 * Entities, repositories, services and SQL of the matching module; no other module may
 * use them.
 */
@NullMarked
package id.simitra.matching.internal;

import org.jspecify.annotations.NullMarked;
