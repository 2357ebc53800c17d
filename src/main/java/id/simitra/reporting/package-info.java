/**
 * Officers' figures, charts, exports and the open-data feed.
 */
@ApplicationModule(displayName = "reporting", allowedDependencies = { "account", "platform", "reference" })
@NullMarked
package id.simitra.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
