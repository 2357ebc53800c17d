/**
 * The explained ranking of UMKM for a need, the UMKM's fitting needs, new-need alerts,
 * matching weights.
 */
@ApplicationModule(displayName = "matching",
		allowedDependencies = { "account", "company", "need", "platform", "reference", "umkm" })
@NullMarked
package id.simitra.matching;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
