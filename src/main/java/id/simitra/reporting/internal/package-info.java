/**
 * Entities, repositories, services and SQL of the reporting module; no other module may
 * use them.
 */
@NullMarked
package id.simitra.reporting.internal;

import org.jspecify.annotations.NullMarked;
