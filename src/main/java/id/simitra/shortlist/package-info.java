/**
 * Companies' named supplier shortlists.
 */
@ApplicationModule(displayName = "shortlist", allowedDependencies = { "account", "company", "platform", "reference" })
@NullMarked
package id.simitra.shortlist;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
