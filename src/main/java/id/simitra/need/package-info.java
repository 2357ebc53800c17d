/**
 * Companies' supply-chain needs and the certificates they require.
 */
@ApplicationModule(displayName = "need",
		allowedDependencies = { "account", "company", "platform", "reference", "umkm" })
@NullMarked
package id.simitra.need;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
