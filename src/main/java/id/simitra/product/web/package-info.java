/**
 * Controllers and forms of the product module.
 */
@NullMarked
package id.simitra.product.web;

import org.jspecify.annotations.NullMarked;
