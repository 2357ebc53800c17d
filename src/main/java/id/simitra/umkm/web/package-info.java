/**
 * Controllers and forms of the umkm module.
 */
@NullMarked
package id.simitra.umkm.web;

import org.jspecify.annotations.NullMarked;
