/**
 * Offers, invitations, conversations and officers' recommendations.
 */
@ApplicationModule(displayName = "offer",
		allowedDependencies = { "account", "company", "matching", "need", "platform", "reference", "umkm" })
@NullMarked
package id.simitra.offer;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
