/**
 * Controllers and forms of the account module.
 */
@NullMarked
package id.simitra.account.web;

import org.jspecify.annotations.NullMarked;
