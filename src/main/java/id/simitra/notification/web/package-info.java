/**
 * Controllers and forms of the notification module.
 */
@NullMarked
package id.simitra.notification.web;

import org.jspecify.annotations.NullMarked;
