/**
 * Controllers and forms of the matching module.
 */
@NullMarked
package id.simitra.matching.web;

import org.jspecify.annotations.NullMarked;
