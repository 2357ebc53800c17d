package id.simitra.company.internal;


import id.simitra.company.CompanyProfile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import id.simitra.platform.BaseEntity;

@Entity
public class Company extends BaseEntity {

	@Column(name = "owner_id", updatable = false)
	private Long ownerId;

	private String name;

	private String nib;

	private String sector;

	@Column(name = "regency_code")
	private String regencyCode;

	private String address;

	protected Company() {
	}

	public Company(Long ownerId) {
		this.ownerId = ownerId;
	}

	public void update(CompanyProfile p) {
		this.name = p.name();
		this.nib = p.nib();
		this.sector = p.sector();
		this.regencyCode = p.regencyCode();
		this.address = p.address();
	}

	public Long getOwnerId() {
		return ownerId;
	}

	public String getName() {
		return name;
	}

	public String getNib() {
		return nib;
	}

	public String getSector() {
		return sector;
	}

	public String getRegencyCode() {
		return regencyCode;
	}

	public String getAddress() {
		return address;
	}

}
