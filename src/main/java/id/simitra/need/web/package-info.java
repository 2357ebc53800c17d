/**
 * Controllers and forms of the need module.
 */
@NullMarked
package id.simitra.need.web;

import org.jspecify.annotations.NullMarked;
