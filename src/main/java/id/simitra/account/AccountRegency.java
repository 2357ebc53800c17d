package id.simitra.account;

import java.util.Optional;

/**
 * The regency of the business an account owns, for the rule "an officer may issue a reset
 * code for the UMKM owners of the officer's province" ({@link OfficerScope}). The account
 * module does not know businesses; the umkm module answers (umkm.UmkmOwnerRegency), so
 * the two modules do not depend on each other both ways.
 */
public interface AccountRegency {

	/**
	 * The regency code ("12.71") of the UMKM this account owns; empty for an account
	 * without one.
	 */
	Optional<String> regencyOf(Long accountId);

}
