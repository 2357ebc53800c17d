package id.simitra.umkm.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import id.simitra.umkm.CertificateTypeView;

/**
 * A kind of permit or certificate (seeded by V7); the portal reads them, it does not edit
 * them.
 */
@Entity
@Immutable
@Table(name = "certificate_type")
public class CertificateType {

	@Id
	private String code;

	private String name;

	@Column(name = "name_en")
	private String nameEn;

	@Column(name = "number_pattern")
	private String numberPattern;

	@Column(name = "number_example")
	private String numberExample;

	@Column(name = "default_issuer")
	private String defaultIssuer;

	@Column(name = "has_expiry")
	private boolean hasExpiry;

	@Column(name = "food_related")
	private boolean foodRelated;

	private boolean active;

	@Column(name = "issue_date_required")
	private boolean issueDateRequired;

	@Column(name = "sort_order")
	private int sortOrder;

	protected CertificateType() {
	}

	public boolean isActive() {
		return active;
	}

	public CertificateTypeView toView() {
		return new CertificateTypeView(code, name, nameEn, numberPattern, numberExample, defaultIssuer, hasExpiry,
				foodRelated, active, issueDateRequired);
	}

}
