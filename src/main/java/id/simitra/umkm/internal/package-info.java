/**
 * Entities, repositories, services and SQL of the umkm module; no other module may use
 * them.
 */
@NullMarked
package id.simitra.umkm.internal;

import org.jspecify.annotations.NullMarked;
