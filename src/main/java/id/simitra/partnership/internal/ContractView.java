package id.simitra.partnership.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import id.simitra.partnership.ContractTerms;
import id.simitra.reference.Unit;

/**
 * The contract as the partnership page shows it beside its terms (issue 16): the accepted
 * offer it came from and what changed between offer and contract; the deliveries and
 * payments recorded after approval. {@code unit} is the need's unit of both;
 * {@code offerValue} is the offer's price × quantity over the contract's {@code months},
 * to compare with the contract value. {@code realisedValue} is the sum of the deliveries'
 * values, {@code paidValue} of the paid payments; {@code lateCount} the payments unpaid
 * after their due date.
 */
public record ContractView(Long partnershipId, @Nullable Long offerId, @Nullable Unit unit,
		@Nullable ContractTerms offer, @Nullable ContractTerms contract, int months, @Nullable Long offerValue,
		long contractValue, List<TermChange> changes, List<Delivery> deliveries, List<Payment> payments,
		long realisedValue, long paidValue, int lateCount, boolean canRecordDelivery, boolean canRecordPayment) {

	/**
	 * One term that differs between offer and contract; {@code field} is unitPrice,
	 * quantity, leadTimeDays or estimatedValue (message key contract.change.*).
	 */
	public record TermChange(String field, Number from, Number to) {

		public String messageKey() {
			return "contract.change." + field;
		}

	}

	/** A recorded delivery or service period. */
	public record Delivery(Long id, LocalDate deliveredOn, @Nullable LocalDate periodEnd, @Nullable BigDecimal quantity,
			long value, @Nullable String note, @Nullable Long documentId, String recordedBy, Instant recordedAt) {

	}

	/**
	 * A payment with its terms; {@code late}: unpaid after its due date;
	 * {@code paidLate}: paid after it.
	 */
	public record Payment(Long id, long amount, LocalDate dueDate, @Nullable LocalDate paidOn, @Nullable String note,
			boolean late, boolean paidLate, String recordedBy, long version) {

		public boolean paid() {
			return paidOn != null;
		}

	}

	public boolean fromOffer() {
		return offerId != null;
	}

	/** Realised value as a whole percentage of the contract value (may pass 100). */
	public int realisedPercent() {
		return contractValue <= 0 ? 0 : (int) Math.min(999, realisedValue * 100 / contractValue);
	}

	public boolean followed() {
		return canRecordDelivery || canRecordPayment || !deliveries.isEmpty() || !payments.isEmpty();
	}

}
