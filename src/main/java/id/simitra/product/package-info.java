/**
 * An UMKM's products and their photos.
 */
@ApplicationModule(displayName = "product", allowedDependencies = { "account", "platform", "reference", "umkm" })
@NullMarked
package id.simitra.product;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
