package id.simitra.company.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import org.jspecify.annotations.Nullable;

import id.simitra.company.CompanyProfile;
import id.simitra.platform.BaseEntity;

@Entity
public class Company extends BaseEntity {

	@Column(name = "owner_id", updatable = false)
	private Long ownerId;

	private String name;

	private @Nullable String nib;

	private String sector;

	@Column(name = "regency_code")
	private String regencyCode;

	private @Nullable String address;

	protected Company() {
	}

	public Company(Long ownerId, CompanyProfile p) {
		this.ownerId = ownerId;
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

	public Long getOwnerId() {
		return ownerId;
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
