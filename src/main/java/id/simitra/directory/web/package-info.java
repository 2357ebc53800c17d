/**
 * Controllers and forms of the directory module.
 */
@NullMarked
package id.simitra.directory.web;

import org.jspecify.annotations.NullMarked;
