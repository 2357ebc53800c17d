/**
 * Demo data for the embedded mode.
 */
@ApplicationModule(displayName = "demo",
		allowedDependencies = { "account", "company", "event", "need", "offer", "partnership", "product", "reference",
				"umkm" })
@NullMarked
package id.simitra.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
