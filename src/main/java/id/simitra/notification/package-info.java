/**
 * In-app notifications and their e-mails.
 */
@ApplicationModule(displayName = "notification",
		allowedDependencies = { "account", "company", "event", "matching", "offer", "partnership", "platform", "umkm" })
@NullMarked
package id.simitra.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
