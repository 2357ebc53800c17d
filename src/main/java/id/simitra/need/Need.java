package id.simitra.need;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import id.simitra.shared.PartnershipPattern;
import id.simitra.shared.Unit;
import id.simitra.shared.UnitKind;

@Entity
class Need {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "company_id", updatable = false)
	private Long companyId;

	private String title;

	private String description;

	@Column(name = "kbli_code")
	private String kbliCode;

	private BigDecimal quantity;

	@Enumerated(EnumType.STRING)
	private Unit unit;

	@Enumerated(EnumType.STRING)
	@Column(name = "unit_kind")
	private UnitKind unitKind;

	@Column(name = "quantity_base")
	private BigDecimal quantityBase;

	@Column(name = "regency_code")
	private String regencyCode;

	private LocalDate deadline;

	@Enumerated(EnumType.STRING)
	private PartnershipPattern pattern;

	@Enumerated(EnumType.STRING)
	private NeedStatus status = NeedStatus.OPEN;

	@Column(name = "created_at", updatable = false)
	private Instant createdAt = Instant.now();

	@Column(name = "updated_at")
	private Instant updatedAt = Instant.now();

	@Version
	private long version;

	protected Need() {
	}

	Need(Long companyId) {
		this.companyId = companyId;
	}

	void update(NeedData d) {
		this.title = d.title();
		this.description = d.description();
		this.kbliCode = d.kbliCode();
		this.quantity = d.quantity();
		this.unit = d.unit();
		this.unitKind = d.unit().kind();
		this.quantityBase = d.unit().toBase(d.quantity());
		this.regencyCode = d.regencyCode();
		this.deadline = d.deadline();
		this.pattern = d.pattern();
		this.updatedAt = Instant.now();
	}

	void close() {
		this.status = NeedStatus.CLOSED;
		this.updatedAt = Instant.now();
	}

	void reopen() {
		this.status = NeedStatus.OPEN;
		this.updatedAt = Instant.now();
	}

	Long getId() {
		return id;
	}

	Long getCompanyId() {
		return companyId;
	}

	String getTitle() {
		return title;
	}

	String getDescription() {
		return description;
	}

	String getKbliCode() {
		return kbliCode;
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

	String getRegencyCode() {
		return regencyCode;
	}

	LocalDate getDeadline() {
		return deadline;
	}

	PartnershipPattern getPattern() {
		return pattern;
	}

	NeedStatus getStatus() {
		return status;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	long getVersion() {
		return version;
	}

}
