/**
 * Entities, repositories, services and SQL of the account module; no other module may use
 * them.
 */
@NullMarked
package id.simitra.account.internal;

import org.jspecify.annotations.NullMarked;
