package id.simitra.partnership.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.jspecify.annotations.Nullable;

import id.simitra.partnership.ContractTerms;
import id.simitra.partnership.PartnershipAction;
import id.simitra.partnership.PartnershipStatus;
import id.simitra.partnership.ProposalData;
import id.simitra.platform.BaseEntity;
import id.simitra.platform.ConflictException;
import id.simitra.platform.FormInput;
import id.simitra.reference.PartnershipPattern;
import id.simitra.reference.Unit;

@Entity
public class Partnership extends BaseEntity {

	@Column(name = "need_id", updatable = false)
	private Long needId;

	@Column(name = "company_id", updatable = false)
	private Long companyId;

	@Column(name = "umkm_id", updatable = false)
	private Long umkmId;

	@Enumerated(EnumType.STRING)
	private PartnershipPattern pattern;

	private String object;

	@Column(name = "estimated_value")
	private long estimatedValue;

	@Column(name = "start_date")
	private LocalDate startDate;

	@Column(name = "end_date")
	private LocalDate endDate;

	@Column(name = "no_control_declared")
	private boolean noControlDeclared;

	@Column(name = "regency_code")
	private String regencyCode;

	@Column(name = "agreement_document_id")
	private @Nullable Long agreementDocumentId;

	@Column(name = "accepted_terms")
	private @Nullable String acceptedTerms;

	@Enumerated(EnumType.STRING)
	private PartnershipStatus status;

	/** The business-matching meeting it was proposed from (issue 14), or null. */
	@Column(name = "event_meeting_id", updatable = false)
	private @Nullable Long eventMeetingId;

	/**
	 * The accepted offer it came from and that offer's terms in the need's unit, copied
	 * when proposed (issue 16, V125); null without one. Never changed afterwards: the
	 * page compares the contract with them.
	 */
	@Column(name = "offer_id", updatable = false)
	private @Nullable Long offerId;

	@Column(name = "offer_quantity", updatable = false)
	private @Nullable BigDecimal offerQuantity;

	@Enumerated(EnumType.STRING)
	@Column(name = "offer_unit", updatable = false)
	private @Nullable Unit offerUnit;

	@Column(name = "offer_unit_price", updatable = false)
	private @Nullable Long offerUnitPrice;

	@Column(name = "offer_lead_time_days", updatable = false)
	private @Nullable Integer offerLeadTimeDays;

	/**
	 * The contract's supply terms in the need's unit (set at creation; null for rows from
	 * before V125); the terms are null when the contract has none.
	 */
	@Column(name = "contract_quantity")
	private @Nullable BigDecimal contractQuantity;

	@Enumerated(EnumType.STRING)
	@Column(name = "contract_unit")
	private @Nullable Unit contractUnit;

	@Column(name = "contract_unit_price")
	private @Nullable Long contractUnitPrice;

	@Column(name = "contract_lead_time_days")
	private @Nullable Integer contractLeadTimeDays;

	protected Partnership() {
	}

	/**
	 * Set once, before the partnership is first saved: the accepted offer's terms in the
	 * need's unit.
	 */
	public void cameFromOffer(Long id, BigDecimal quantity, Unit unit, long unitPrice, int leadTimeDays) {
		this.offerId = id;
		this.offerQuantity = quantity;
		this.offerUnit = unit;
		this.offerUnitPrice = unitPrice;
		this.offerLeadTimeDays = leadTimeDays;
	}

	/** Set once, before the partnership is first saved. */
	public void cameFromMeeting(@Nullable Long meetingId) {
		this.eventMeetingId = meetingId;
	}

	public @Nullable Long getEventMeetingId() {
		return eventMeetingId;
	}

	/**
	 * A new partnership, always a DRAFT first: proposing is a status change of its own in
	 * the history.
	 */
	public Partnership(Long needId, Long companyId, Long umkmId, ProposalData data, String regencyCode, Unit needUnit) {
		this.needId = needId;
		this.companyId = companyId;
		this.umkmId = umkmId;
		this.pattern = data.pattern();
		this.object = data.object();
		this.estimatedValue = data.estimatedValue();
		this.startDate = data.startDate();
		this.endDate = data.endDate();
		this.noControlDeclared = data.noControlDeclared();
		this.regencyCode = regencyCode;
		this.status = PartnershipStatus.DRAFT;
		this.contractUnit = needUnit;
		setTerms(data.terms());
	}

	private void setTerms(@Nullable ContractTerms terms) {
		contractQuantity = terms == null ? null : terms.quantity();
		contractUnitPrice = terms == null ? null : terms.unitPrice();
		contractLeadTimeDays = terms == null ? null : terms.leadTimeDays();
	}

	/**
	 * Takes a step of the lifecycle. The status is the one read in this transaction, and
	 * the row's version is checked when it is written, so two people acting at once
	 * cannot both succeed: the second gets a conflict.
	 */
	public PartnershipStatus apply(PartnershipAction action) {
		PartnershipStatus from = status;
		if (!action.startsFrom(from)) {
			throw new ConflictException("Partnership " + getId() + " is " + from + ", cannot " + action);
		}
		if (action == PartnershipAction.ACCEPT) {
			acceptedTerms = terms();
		}
		status = action.target();
		return from;
	}

	/**
	 * The first of two approvals (maker-checker above the second-approval threshold,
	 * issue 16): a submitted partnership waits in FIRST_APPROVED for a second officer.
	 * Checked and written like {@link #apply}.
	 */
	public PartnershipStatus approveFirst() {
		PartnershipStatus from = status;
		if (from != PartnershipStatus.SUBMITTED) {
			throw new ConflictException("Partnership " + getId() + " is " + from + ", cannot approve it first");
		}
		status = PartnershipStatus.FIRST_APPROVED;
		return from;
	}

	/**
	 * Changes the terms; answers the changed fields (code, old, new) for the audit trail.
	 */
	public List<String[]> edit(ProposalData data, String newRegencyCode) {
		List<String[]> changes = new ArrayList<>();
		if (pattern != data.pattern()) {
			changes.add(new String[] { "pattern", pattern.name(), data.pattern().name() });
		}
		if (!object.equals(data.object())) {
			changes.add(new String[] { "object", object, data.object() });
		}
		if (estimatedValue != data.estimatedValue()) {
			changes.add(new String[] { "estimatedValue", FormInput.rupiahText(estimatedValue),
					FormInput.rupiahText(data.estimatedValue()) });
		}
		if (!startDate.equals(data.startDate())) {
			changes.add(new String[] { "startDate", startDate.toString(), data.startDate().toString() });
		}
		if (!endDate.equals(data.endDate())) {
			changes.add(new String[] { "endDate", endDate.toString(), data.endDate().toString() });
		}
		if (!Objects.equals(regencyCode, newRegencyCode)) {
			changes.add(new String[] { "location", regencyCode, newRegencyCode });
		}
		ContractTerms before = getTerms();
		ContractTerms after = data.terms();
		if (after != null && contractUnit == null) {
			// Terms added to a contract that had none are in the unit the form showed.
			throw new IllegalArgumentException("Partnership " + getId() + " has no unit for its terms");
		}
		if (before == null ? after != null : after == null || before.unitPrice() != after.unitPrice()) {
			changes.add(new String[] { "unitPrice", before == null ? "-" : FormInput.rupiahText(before.unitPrice()),
					after == null ? "-" : FormInput.rupiahText(after.unitPrice()) });
		}
		if (before == null ? after != null : after == null || before.quantity().compareTo(after.quantity()) != 0) {
			changes.add(new String[] { "quantity", before == null ? "-" : FormInput.text(before.quantity()),
					after == null ? "-" : FormInput.text(after.quantity()) });
		}
		if (before == null ? after != null : after == null || before.leadTimeDays() != after.leadTimeDays()) {
			changes.add(new String[] { "leadTimeDays", before == null ? "-" : String.valueOf(before.leadTimeDays()),
					after == null ? "-" : String.valueOf(after.leadTimeDays()) });
		}
		if (!noControlDeclared && data.noControlDeclared()) {
			changes.add(new String[] { "noControlDeclared", "-", "✓" });
		}
		pattern = data.pattern();
		object = data.object();
		estimatedValue = data.estimatedValue();
		startDate = data.startDate();
		endDate = data.endDate();
		regencyCode = newRegencyCode;
		setTerms(after);
		noControlDeclared = noControlDeclared || data.noControlDeclared();
		return changes;
	}

	/** Answers whether this was news (the audit trail records a declaration once). */
	public boolean declareNoControl() {
		if (noControlDeclared) {
			return false;
		}
		noControlDeclared = true;
		return true;
	}

	/** Answers the replaced document, if any. */
	public @Nullable Long attachAgreement(Long documentId) {
		Long replaced = agreementDocumentId;
		agreementDocumentId = documentId;
		return replaced;
	}

	/**
	 * Whether pattern, value, dates or object differ from what the UMKM accepted (or it
	 * never accepted).
	 */
	public boolean keyTermsChangedSinceAcceptance() {
		return acceptedTerms == null || !acceptedTerms.equals(terms());
	}

	/**
	 * The key terms as one text; the same form V15 computed for rows that existed before.
	 */
	private String terms() {
		String base = pattern.name() + "|" + estimatedValue + "|" + startDate + "|" + endDate + "|" + object;
		// Supply terms only when the contract has them, so rows accepted before V125
		// compare as they did.
		ContractTerms t = getTerms();
		return t == null ? base : base + "|" + t.unitPrice() + "|" + t.quantity().stripTrailingZeros().toPlainString()
				+ "|" + t.leadTimeDays();
	}

	/** The contract's supply terms, or null when it has none. */
	public @Nullable ContractTerms getTerms() {
		BigDecimal quantity = contractQuantity;
		Long price = contractUnitPrice;
		Integer lead = contractLeadTimeDays;
		return quantity == null || price == null || lead == null ? null : new ContractTerms(quantity, price, lead);
	}

	public @Nullable Unit getContractUnit() {
		return contractUnit;
	}

	public @Nullable Long getOfferId() {
		return offerId;
	}

	/** The accepted offer's terms, or null when it did not come from one. */
	public @Nullable ContractTerms getOfferTerms() {
		BigDecimal quantity = offerQuantity;
		Long price = offerUnitPrice;
		Integer lead = offerLeadTimeDays;
		return quantity == null || price == null || lead == null ? null : new ContractTerms(quantity, price, lead);
	}

	public @Nullable Unit getOfferUnit() {
		return offerUnit;
	}

	public Long getNeedId() {
		return needId;
	}

	public Long getCompanyId() {
		return companyId;
	}

	public Long getUmkmId() {
		return umkmId;
	}

	public PartnershipPattern getPattern() {
		return pattern;
	}

	public String getObject() {
		return object;
	}

	public long getEstimatedValue() {
		return estimatedValue;
	}

	public LocalDate getStartDate() {
		return startDate;
	}

	public LocalDate getEndDate() {
		return endDate;
	}

	public boolean isNoControlDeclared() {
		return noControlDeclared;
	}

	public String getRegencyCode() {
		return regencyCode;
	}

	public @Nullable Long getAgreementDocumentId() {
		return agreementDocumentId;
	}

	public PartnershipStatus getStatus() {
		return status;
	}

}
