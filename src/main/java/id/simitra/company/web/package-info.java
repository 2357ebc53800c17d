/**
 * Controllers and forms of the company module.
 */
@NullMarked
package id.simitra.company.web;

import org.jspecify.annotations.NullMarked;
