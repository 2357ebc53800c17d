package id.simitra.notification.internal;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import id.simitra.company.CompanyService;
import id.simitra.umkm.UmkmService;

/**
 * Whom "the UMKM" and "the company" of an event are: the events carry ids, the accounts
 * are resolved when the listener runs (a company's members may change in between, and the
 * people told are those who act for it now).
 */
@Component
class Recipients {

	private final UmkmService umkms;

	private final CompanyService companies;

	Recipients(UmkmService umkms, CompanyService companies) {
		this.umkms = umkms;
		this.companies = companies;
	}

	/** The UMKM's owner; none when the UMKM is gone. */
	Optional<Long> umkmOwner(Long umkmId) {
		return Optional.ofNullable(umkms.ownerIds(List.of(umkmId)).get(umkmId));
	}

	/**
	 * Everyone who acts for the company ({@code CompanyService.memberAccountIds}); its
	 * owner as the event knew it when the company is not known (an event stored before
	 * events carried the company's id).
	 */
	List<Long> companyMembers(@Nullable Long companyId, @Nullable Long knownOwner) {
		if (companyId == null) {
			return knownOwner == null ? List.of() : List.of(knownOwner);
		}
		return companies.memberAccountIds(companyId);
	}

	List<Long> companyMembers(Long companyId) {
		return companies.memberAccountIds(companyId);
	}

}
