/**
 * Reference data every module may read: regions, KBLI 2020, units, size classes,
 * partnership patterns, identifiers (NIB).
 */
@ApplicationModule(displayName = "reference", type = ApplicationModule.Type.OPEN)
@NullMarked
package id.simitra.reference;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
