package id.simitra.company.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import org.jspecify.annotations.Nullable;

import id.simitra.company.CompanyProfile;
import id.simitra.platform.BaseEntity;

@Entity
public class Company extends BaseEntity {

	/**
	 * Who registered the company, kept for the record (the column is still owner_id). No
	 * access rule reads it: who acts for the company is company_member (issue 13).
	 */
	@Column(name = "owner_id", updatable = false)
	private Long registeredBy;

	private String name;

	private @Nullable String nib;

	private String sector;

	@Column(name = "regency_code")
	private String regencyCode;

	private @Nullable String address;

	protected Company() {
	}

	public Company(Long registeredBy, CompanyProfile p) {
		this.registeredBy = registeredBy;
		apply(p);
	}

	public void update(CompanyProfile p) {
		apply(p);
	}

	private void apply(CompanyProfile p) {
		this.name = p.name();
		this.nib = p.nib();
		this.sector = p.sector();
		this.regencyCode = p.regencyCode();
		this.address = p.address();
	}

	public Long getRegisteredBy() {
		return registeredBy;
	}

	public String getName() {
		return name;
	}

	public @Nullable String getNib() {
		return nib;
	}

	public String getSector() {
		return sector;
	}

	public String getRegencyCode() {
		return regencyCode;
	}

	public @Nullable String getAddress() {
		return address;
	}

}
