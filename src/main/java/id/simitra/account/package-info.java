/**
 * Accounts, roles, login, sessions and the security configuration.
 */
@ApplicationModule(displayName = "account", allowedDependencies = { "platform", "reference" })
@NullMarked
package id.simitra.account;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
