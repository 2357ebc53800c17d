/**
 * Controllers and forms of the reporting module.
 */
@NullMarked
package id.simitra.reporting.web;

import org.jspecify.annotations.NullMarked;
