/**
 * The public UMKM directory, storefronts and the home page.
 */
@ApplicationModule(displayName = "directory",
		allowedDependencies = { "account", "company", "platform", "product", "reference", "shortlist", "umkm" })
@NullMarked
package id.simitra.directory;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
