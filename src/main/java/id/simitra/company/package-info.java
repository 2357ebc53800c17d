/**
 * Company profiles.
 */
@ApplicationModule(displayName = "company", allowedDependencies = { "account", "platform", "reference" })
@NullMarked
package id.simitra.company;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
