package id.simitra.umkm.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

import id.simitra.umkm.NewDocument;

/**
 * An uploaded file kept in the database. Written once and never changed: a new upload is
 * a new row, so what an officer verified is exactly what stays attached until the owner
 * replaces it.
 */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "stored_document")
public class StoredDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "umkm_id", updatable = false)
	private Long umkmId;

	/**
	 * The company that uploaded it (an agreement), or null when the UMKM did: whose
	 * storage quota it uses.
	 */
	@Column(name = "company_id", updatable = false)
	private @Nullable Long companyId;

	@Column(name = "content_type", updatable = false)
	private String contentType;

	@Column(name = "file_name", updatable = false)
	private String fileName;

	@Column(name = "size_bytes", updatable = false)
	private int sizeBytes;

	@JdbcTypeCode(SqlTypes.CHAR)
	@Column(length = 64, updatable = false)
	private String sha256;

	@Column(updatable = false)
	private byte[] data;

	/** From the portal's Clock, set on insert (Spring Data auditing, see ClockConfig). */
	@CreatedDate
	@Column(name = "created_at", updatable = false)
	private Instant createdAt;

	protected StoredDocument() {
	}

	public StoredDocument(Long umkmId, @Nullable Long companyId, NewDocument document) {
		this.umkmId = umkmId;
		this.companyId = companyId;
		this.contentType = document.contentType();
		this.fileName = document.fileName();
		this.sizeBytes = document.bytes().length;
		this.sha256 = document.sha256();
		this.data = document.bytes();
	}

	public Long getId() {
		return id;
	}

	public Long getUmkmId() {
		return umkmId;
	}

	public DocumentFile toFile() {
		return new DocumentFile(id, fileName, contentType, data, sha256);
	}

}
