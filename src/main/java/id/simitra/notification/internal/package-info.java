/**
 * Entities, repositories, services and SQL of the notification module; no other module
 * may use them.
 */
@NullMarked
package id.simitra.notification.internal;

import org.jspecify.annotations.NullMarked;
