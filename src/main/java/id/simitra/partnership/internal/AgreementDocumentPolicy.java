package id.simitra.partnership.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.account.SimitraUser;
import id.simitra.umkm.DocumentAccessPolicy;

/**
 * A partnership's agreement: whoever sees that partnership ({@link PartnershipAccess}):
 * its two parties, the officers of the UMKM's province and administrators, and while it
 * is a draft its company only. Not another company that has its own partnership with the
 * same UMKM.
 */
@Component
class AgreementDocumentPolicy implements DocumentAccessPolicy {

	private final PartnershipRepository partnerships;

	private final PartnershipAccess access;

	AgreementDocumentPolicy(PartnershipRepository partnerships, PartnershipAccess access) {
		this.partnerships = partnerships;
		this.access = access;
	}

	@Override
	public String kind() {
		return "agreement";
	}

	@Override
	@Transactional(readOnly = true)
	public boolean covers(Long documentId) {
		return partnerships.findFirstByAgreementDocumentId(documentId).isPresent();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean canView(SimitraUser viewer, Long documentId) {
		return partnerships.findFirstByAgreementDocumentId(documentId).map(p -> access.canSee(viewer, p)).orElse(false);
	}

}
