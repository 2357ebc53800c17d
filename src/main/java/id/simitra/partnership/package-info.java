/**
 * The partnership lifecycle: proposals, officer approval, agreements, ratings, audit
 * trail.
 */
@ApplicationModule(displayName = "partnership",
		allowedDependencies = { "account", "company", "need", "offer", "platform", "reference", "umkm" })
@NullMarked
package id.simitra.partnership;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
