package id.simitra.company;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

@Entity
class Company {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "owner_id", updatable = false)
	private Long ownerId;

	private String name;

	private String nib;

	private String sector;

	@Column(name = "regency_code")
	private String regencyCode;

	private String address;

	@Column(name = "created_at", updatable = false)
	private Instant createdAt = Instant.now();

	@Column(name = "updated_at")
	private Instant updatedAt = Instant.now();

	@Version
	private long version;

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
		this.updatedAt = Instant.now();
	}

	Long getId() {
		return id;
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

	long getVersion() {
		return version;
	}

}
