/**
 * Controllers and forms of the partnership module.
 */
@NullMarked
package id.simitra.partnership.web;

import org.jspecify.annotations.NullMarked;
