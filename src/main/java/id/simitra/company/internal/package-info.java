/**
 * Entities, repositories, services and SQL of the company module; no other module may use
 * them.
 */
@NullMarked
package id.simitra.company.internal;

import org.jspecify.annotations.NullMarked;
