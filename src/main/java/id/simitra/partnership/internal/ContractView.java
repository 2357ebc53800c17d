package id.simitra.partnership.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

import id.simitra.partnership.ContractTerms;
import id.simitra.reference.Unit;

/**
 * The contract as the partnership page shows it beside its terms (issue 16): the accepted
 * offer it came from and what changed between offer and contract. {@code unit} is the
 * need's unit of both; {@code offerValue} is the offer's price × quantity over the
 * contract's {@code months}, to compare with the contract value.
 */
public record ContractView(Long partnershipId, @Nullable Long offerId, @Nullable Unit unit,
		@Nullable ContractTerms offer, @Nullable ContractTerms contract, int months, @Nullable Long offerValue,
		long contractValue, List<TermChange> changes) {

	/**
	 * One term that differs between offer and contract; {@code field} is unitPrice,
	 * quantity, leadTimeDays or estimatedValue (message key contract.change.*).
	 */
	public record TermChange(String field, Number from, Number to) {

		public String messageKey() {
			return "contract.change." + field;
		}

	}

	public boolean fromOffer() {
		return offerId != null;
	}

}
