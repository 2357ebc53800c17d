package id.simitra.shortlist.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * A company's named list of UMKM it is considering. Its entries are rows of
 * shortlist_entry (see the service).
 */
@Entity
@EntityListeners(AuditingEntityListener.class)
public class Shortlist {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "company_id", updatable = false)
	private Long companyId;

	private String name;

	/** From the portal's Clock, set on insert (Spring Data auditing, see ClockConfig). */
	@CreatedDate
	@Column(name = "created_at", updatable = false)
	private Instant createdAt;

	protected Shortlist() {
	}

	public Shortlist(Long companyId, String name) {
		this.companyId = companyId;
		this.name = name;
	}

	public void rename(String name) {
		this.name = name;
	}

	public Long getId() {
		return id;
	}

	public Long getCompanyId() {
		return companyId;
	}

	public String getName() {
		return name;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

}
