package id.simitra.need.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;

import id.simitra.need.CertificateRequirements;
import id.simitra.need.NeedData;
import id.simitra.platform.BaseEntity;
import id.simitra.reference.PartnershipPattern;
import id.simitra.reference.Unit;
import id.simitra.reference.UnitKind;

@Entity
public class Need extends BaseEntity {

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

	/**
	 * Certificate kinds the need asks for: required ones in requirement groups (an UMKM
	 * that meets no alternative of a group is left out), preferred ones without. A bag:
	 * any change deletes the need's rows and writes them again.
	 */
	@ElementCollection
	@CollectionTable(name = "need_certificate", joinColumns = @JoinColumn(name = "need_id"))
	private List<NeedCertificate> certificates = new ArrayList<>();

	protected Need() {
	}

	public Need(Long companyId, NeedData d) {
		this.companyId = companyId;
		apply(d);
	}

	public void update(NeedData d) {
		apply(d);
	}

	private void apply(NeedData d) {
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
		this.certificates.clear();
		List<List<String>> groups = d.certificates().required();
		for (int g = 0; g < groups.size(); g++) {
			for (String kind : groups.get(g)) {
				this.certificates.add(new NeedCertificate(kind, true, g + 1));
			}
		}
		d.certificates().preferred().forEach(kind -> this.certificates.add(new NeedCertificate(kind, false, null)));
	}

	public void close() {
		this.status = NeedStatus.CLOSED;
	}

	public void reopen() {
		this.status = NeedStatus.OPEN;
	}

	public Long getCompanyId() {
		return companyId;
	}

	public String getTitle() {
		return title;
	}

	public String getDescription() {
		return description;
	}

	public String getKbliCode() {
		return kbliCode;
	}

	public BigDecimal getQuantity() {
		return quantity;
	}

	public Unit getUnit() {
		return unit;
	}

	public BigDecimal getQuantityBase() {
		return quantityBase;
	}

	public String getRegencyCode() {
		return regencyCode;
	}

	public LocalDate getDeadline() {
		return deadline;
	}

	public PartnershipPattern getPattern() {
		return pattern;
	}

	/** The rows read back as groups, in group number order. */
	public CertificateRequirements getCertificates() {
		Map<Integer, List<String>> groups = new TreeMap<>();
		List<String> preferred = new ArrayList<>();
		for (NeedCertificate c : certificates) {
			Integer group = c.getRequirementGroup();
			if (c.isRequired() && group != null) {
				groups.computeIfAbsent(group, g -> new ArrayList<>()).add(c.getTypeCode());
			}
			else {
				preferred.add(c.getTypeCode());
			}
		}
		return new CertificateRequirements(List.copyOf(groups.values()), preferred);
	}

	public NeedStatus getStatus() {
		return status;
	}

}
