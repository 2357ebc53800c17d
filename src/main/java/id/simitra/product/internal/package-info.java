/**
 * Entities, repositories, services and SQL of the product module; no other module may use
 * them.
 */
@NullMarked
package id.simitra.product.internal;

import org.jspecify.annotations.NullMarked;
