package id.simitra.partnership;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.company.CompanyService;
import id.simitra.umkm.UmkmPartners;

/** Tells the UMKM module which companies may read an UMKM's papers (see {@link PartnershipStatus#SHARES_UMKM_PAPERS}). */
@Component
class PartnerPapers implements UmkmPartners {

	private final PartnershipRepository partnerships;

	private final CompanyService companies;

	PartnerPapers(PartnershipRepository partnerships, CompanyService companies) {
		this.partnerships = partnerships;
		this.companies = companies;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean sharesPapers(Long companyAccountId, Long umkmId) {
		return companies.findByOwner(companyAccountId)
			.map(c -> partnerships.existsByCompanyIdAndUmkmIdAndStatusIn(c.id(), umkmId,
					PartnershipStatus.SHARES_UMKM_PAPERS))
			.orElse(false);
	}

}
