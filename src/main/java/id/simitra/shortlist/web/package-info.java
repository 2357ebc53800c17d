/**
 * Controllers and forms of the shortlist module.
 */
@NullMarked
package id.simitra.shortlist.web;

import org.jspecify.annotations.NullMarked;
