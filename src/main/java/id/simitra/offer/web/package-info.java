/**
 * Controllers and forms of the offer module.
 */
@NullMarked
package id.simitra.offer.web;

import org.jspecify.annotations.NullMarked;
