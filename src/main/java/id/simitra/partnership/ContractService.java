package id.simitra.partnership;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.account.SimitraUser;
import id.simitra.partnership.internal.ContractView;
import id.simitra.partnership.internal.Partnership;
import id.simitra.partnership.internal.PartnershipAccess;
import id.simitra.partnership.internal.PartnershipRepository;
import id.simitra.platform.NotFoundException;

/**
 * The contract a partnership became (issue 16): the accepted offer's terms beside the
 * contract's, read by whoever may see the partnership ({@link PartnershipAccess}).
 */
@Service
public class ContractService {

	private final PartnershipRepository partnerships;

	private final PartnershipAccess access;

	ContractService(PartnershipRepository partnerships, PartnershipAccess access) {
		this.partnerships = partnerships;
		this.access = access;
	}

	/** The contract of a partnership this person may see; 404 otherwise. */
	@Transactional(readOnly = true)
	public ContractView view(SimitraUser viewer, Long id) {
		Partnership p = partnerships.findById(id)
			.filter(found -> access.canSee(viewer, found))
			.orElseThrow(() -> new NotFoundException("Partnership " + id));
		ContractTerms offer = p.getOfferTerms();
		ContractTerms contract = p.getTerms();
		int months = ContractTerms.months(p.getStartDate(), p.getEndDate());
		Long offerValue = offer == null ? null : offer.value(months);
		List<ContractView.TermChange> changes = new ArrayList<>();
		if (offer != null && contract != null) {
			if (offer.unitPrice() != contract.unitPrice()) {
				changes.add(new ContractView.TermChange("unitPrice", offer.unitPrice(), contract.unitPrice()));
			}
			if (offer.quantity().compareTo(contract.quantity()) != 0) {
				changes.add(new ContractView.TermChange("quantity", offer.quantity().stripTrailingZeros(),
						contract.quantity().stripTrailingZeros()));
			}
			if (offer.leadTimeDays() != contract.leadTimeDays()) {
				changes.add(new ContractView.TermChange("leadTimeDays", offer.leadTimeDays(), contract.leadTimeDays()));
			}
		}
		if (offerValue != null && offerValue != p.getEstimatedValue()) {
			changes.add(new ContractView.TermChange("estimatedValue", offerValue, p.getEstimatedValue()));
		}
		return new ContractView(p.getId(), p.getOfferId(),
				p.getContractUnit() != null ? p.getContractUnit() : p.getOfferUnit(), offer, contract, months,
				offerValue, p.getEstimatedValue(), changes);
	}

}
