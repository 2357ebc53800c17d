package id.simitra.partnership.internal;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.company.CompanyService;
import id.simitra.partnership.PartnershipStatus;
import id.simitra.umkm.UmkmPartners;

/**
 * Tells the UMKM module which companies may read an UMKM's papers (see
 * {@link PartnershipStatus#SHARES_UMKM_PAPERS}). A PROPOSED partnership opens them only
 * while no decline of this company by this UMKM stands ({@link DeclineCoolOff}): a
 * proposal that got past that rule (made before it existed, or racing the decline) must
 * not undo the UMKM's no. From ACCEPTED on the UMKM has said yes to that partnership
 * itself.
 */
@Component
class PartnerPapers implements UmkmPartners {

	/** Statuses that open the papers in which the UMKM has accepted the partnership. */
	private static final Set<PartnershipStatus> PARTY_OF_AGREED = EnumSet.copyOf(PartnershipStatus.SHARES_UMKM_PAPERS);

	private static final Set<PartnershipStatus> PROPOSED_ONLY = EnumSet.of(PartnershipStatus.PROPOSED);

	static {
		PARTY_OF_AGREED.remove(PartnershipStatus.PROPOSED);
	}

	private final PartnershipRepository partnerships;

	private final CompanyService companies;

	private final DeclineCoolOff coolOff;

	PartnerPapers(PartnershipRepository partnerships, CompanyService companies, DeclineCoolOff coolOff) {
		this.partnerships = partnerships;
		this.companies = companies;
		this.coolOff = coolOff;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean sharesPapers(Long companyAccountId, Long umkmId) {
		return companies.findByMember(companyAccountId)
			.map(c -> partnerships.existsByCompanyIdAndUmkmIdAndStatusIn(c.id(), umkmId, PARTY_OF_AGREED)
					|| (partnerships.existsByCompanyIdAndUmkmIdAndStatusIn(c.id(), umkmId, PROPOSED_ONLY)
							&& coolOff.blockFor(c.id(), umkmId).isEmpty()))
			.orElse(false);
	}

}
