package id.simitra.partnership;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import id.simitra.shared.BaseEntity;
import id.simitra.shared.ConflictException;
import id.simitra.shared.PartnershipPattern;

@Entity
class Partnership extends BaseEntity {

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

	@Enumerated(EnumType.STRING)
	private PartnershipStatus status;

	protected Partnership() {
	}

	Partnership(Long needId, Long companyId, Long umkmId, ProposalData data) {
		this.needId = needId;
		this.companyId = companyId;
		this.umkmId = umkmId;
		this.pattern = data.pattern();
		this.object = data.object();
		this.estimatedValue = data.estimatedValue();
		this.startDate = data.startDate();
		this.endDate = data.endDate();
		this.noControlDeclared = data.noControlDeclared();
		this.status = PartnershipStatus.PROPOSED;
	}

	/** Moves to the next status; a change that is not allowed from the current one is a conflict (409). */
	PartnershipStatus moveTo(PartnershipStatus next) {
		PartnershipStatus from = status;
		boolean allowed = switch (next) {
			case ACCEPTED, DECLINED -> from == PartnershipStatus.PROPOSED;
			case APPROVED, REJECTED -> from == PartnershipStatus.ACCEPTED;
			case PROPOSED -> false;
		};
		if (!allowed) {
			throw new ConflictException("Partnership " + getId() + " is " + from + ", cannot become " + next);
		}
		status = next;
		touch();
		return from;
	}

	Long getNeedId() {
		return needId;
	}

	Long getCompanyId() {
		return companyId;
	}

	Long getUmkmId() {
		return umkmId;
	}

	PartnershipPattern getPattern() {
		return pattern;
	}

	String getObject() {
		return object;
	}

	long getEstimatedValue() {
		return estimatedValue;
	}

	LocalDate getStartDate() {
		return startDate;
	}

	LocalDate getEndDate() {
		return endDate;
	}

	PartnershipStatus getStatus() {
		return status;
	}

}
