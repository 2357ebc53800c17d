/**
 * UMKM profiles, their KBLI activities, certificates and permits, stored documents,
 * readiness.
 */
@ApplicationModule(displayName = "umkm", allowedDependencies = { "account", "platform", "reference" })
@NullMarked
package id.simitra.umkm;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
