/**
 * Entities, repositories, services and SQL of the shortlist module; no other module may
 * use them.
 */
@NullMarked
package id.simitra.shortlist.internal;

import org.jspecify.annotations.NullMarked;
