package id.simitra.umkm.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.account.AccountRegency;

/**
 * Tells the account module where an owner's business is, so an officer may issue a reset
 * code only for the UMKM owners of the officer's province (account.AccountRegency).
 */
@Component
class UmkmOwnerRegency implements AccountRegency {

	private final UmkmRepository umkms;

	UmkmOwnerRegency(UmkmRepository umkms) {
		this.umkms = umkms;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> regencyOf(Long accountId) {
		return umkms.findByOwnerId(accountId).map(Umkm::getRegencyCode);
	}

}
