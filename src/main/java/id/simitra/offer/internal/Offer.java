package id.simitra.offer.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.jspecify.annotations.Nullable;

import id.simitra.platform.BaseEntity;
import id.simitra.platform.ConflictException;
import id.simitra.reference.Unit;
import id.simitra.reference.UnitKind;

/**
 * An UMKM's offer on a need, with the company's decision on it. Rules for each step are
 * in the methods.
 */
@Entity
public class Offer extends BaseEntity {

	@Column(name = "need_id", updatable = false)
	private Long needId;

	@Column(name = "umkm_id", updatable = false)
	private Long umkmId;

	private BigDecimal quantity;

	@Enumerated(EnumType.STRING)
	private Unit unit;

	@Enumerated(EnumType.STRING)
	@Column(name = "unit_kind")
	private UnitKind unitKind;

	@Column(name = "quantity_base")
	private BigDecimal quantityBase;

	@Column(name = "unit_price")
	private long unitPrice;

	@Column(name = "lead_time_days")
	private int leadTimeDays;

	@Column(name = "valid_until")
	private LocalDate validUntil;

	private @Nullable String note;

	@Enumerated(EnumType.STRING)
	private OfferStatus status = OfferStatus.SUBMITTED;

	@Column(name = "decision_reason")
	private @Nullable String decisionReason;

	@Column(name = "decided_by")
	private @Nullable Long decidedBy;

	@Column(name = "decided_at")
	private @Nullable Instant decidedAt;

	@Column(name = "revised_at")
	private @Nullable Instant revisedAt;

	@Column(name = "withdrawn_at")
	private @Nullable Instant withdrawnAt;

	protected Offer() {
	}

	Offer(Long needId, Long umkmId, OfferData data) {
		this.needId = needId;
		this.umkmId = umkmId;
		apply(data);
	}

	OfferStatus statusOn(LocalDate today) {
		return OfferStatus.effective(status, validUntil, today);
	}

	/**
	 * New terms from the UMKM. A shortlisted offer stays shortlisted; the company sees
	 * when it was revised.
	 */
	void revise(OfferData data, Instant now) {
		requireUndecided();
		apply(data);
		this.revisedAt = now;
	}

	void withdraw(Instant now) {
		requireUndecided();
		this.status = OfferStatus.WITHDRAWN;
		this.withdrawnAt = now;
	}

	/**
	 * Shortlisting is a flag the company can set and clear while the offer is current.
	 */
	void shortlist(boolean on, LocalDate today) {
		requireCurrent(today);
		this.status = on ? OfferStatus.SHORTLISTED : OfferStatus.SUBMITTED;
	}

	/**
	 * Only a current offer can be accepted: the UMKM promised nothing beyond its validity
	 * date.
	 */
	void accept(Long accountId, @Nullable String reason, Instant now, LocalDate today) {
		requireCurrent(today);
		decide(OfferStatus.ACCEPTED, accountId, reason, now);
	}

	/** An expired offer can still be declined, so the UMKM learns why. */
	void decline(Long accountId, @Nullable String reason, Instant now) {
		requireUndecided();
		decide(OfferStatus.DECLINED, accountId, reason, now);
	}

	private void decide(OfferStatus to, Long accountId, @Nullable String reason, Instant now) {
		this.status = to;
		this.decidedBy = accountId;
		this.decisionReason = reason;
		this.decidedAt = now;
	}

	private void requireUndecided() {
		if (status != OfferStatus.SUBMITTED && status != OfferStatus.SHORTLISTED) {
			throw new ConflictException("Offer " + getId() + " is already " + status);
		}
	}

	private void requireCurrent(LocalDate today) {
		requireUndecided();
		if (validUntil.isBefore(today)) {
			throw new ConflictException("Offer " + getId() + " expired on " + validUntil);
		}
	}

	private void apply(OfferData d) {
		this.quantity = d.quantity();
		this.unit = d.unit();
		this.unitKind = d.unit().kind();
		this.quantityBase = d.unit().toBase(d.quantity());
		this.unitPrice = d.unitPrice();
		this.leadTimeDays = d.leadTimeDays();
		this.validUntil = d.validUntil();
		this.note = d.note();
	}

	Long getNeedId() {
		return needId;
	}

	Long getUmkmId() {
		return umkmId;
	}

	BigDecimal getQuantity() {
		return quantity;
	}

	Unit getUnit() {
		return unit;
	}

	BigDecimal getQuantityBase() {
		return quantityBase;
	}

	long getUnitPrice() {
		return unitPrice;
	}

	int getLeadTimeDays() {
		return leadTimeDays;
	}

	LocalDate getValidUntil() {
		return validUntil;
	}

	@Nullable String getNote() {
		return note;
	}

	OfferStatus getStatus() {
		return status;
	}

	@Nullable String getDecisionReason() {
		return decisionReason;
	}

	@Nullable Instant getDecidedAt() {
		return decidedAt;
	}

	@Nullable Instant getRevisedAt() {
		return revisedAt;
	}

}
