package id.simitra.company;


import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import id.simitra.shared.BaseEntity;

@Entity
class Company extends BaseEntity {

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

	Company(Long ownerId) {
		this.ownerId = ownerId;
	}

	void update(CompanyProfile p) {
		this.name = p.name();
		this.nib = p.nib();
		this.sector = p.sector();
		this.regencyCode = p.regencyCode();
		this.address = p.address();
	}

	Long getOwnerId() {
		return ownerId;
	}

	String getName() {
		return name;
	}

	String getNib() {
		return nib;
	}

	String getSector() {
		return sector;
	}

	String getRegencyCode() {
		return regencyCode;
	}

	String getAddress() {
		return address;
	}

}
