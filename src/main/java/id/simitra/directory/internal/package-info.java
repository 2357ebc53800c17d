/**
 * Entities, repositories, services and SQL of the directory module; no other module may
 * use them.
 */
@NullMarked
package id.simitra.directory.internal;

import org.jspecify.annotations.NullMarked;
