package id.simitra.shortlist;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A company's named list of UMKM it is considering. Its entries are rows of shortlist_entry (see the service). */
@Entity
class Shortlist {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "company_id", updatable = false)
	private Long companyId;

	private String name;

	@Column(name = "created_at", updatable = false)
	private Instant createdAt = Instant.now();

	protected Shortlist() {
	}

	Shortlist(Long companyId, String name) {
		this.companyId = companyId;
		this.name = name;
	}

	void rename(String name) {
		this.name = name;
	}

	Long getId() {
		return id;
	}

	Long getCompanyId() {
		return companyId;
	}

	String getName() {
		return name;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

}
