/**
 * Cross-cutting web and persistence infrastructure: security headers and filters, error
 * pages, paging, formats, the Clock, the base entity. Every module may use it.
 */
@ApplicationModule(displayName = "platform", type = ApplicationModule.Type.OPEN)
@NullMarked
package id.simitra.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
