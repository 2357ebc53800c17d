package id.simitra.umkm.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import id.simitra.platform.BaseEntity;
import id.simitra.platform.ConflictException;
import id.simitra.umkm.CertificateData;
import id.simitra.umkm.CertificateStatus;

/** A permit or certificate an UMKM holds, with the officer's review of it. */
@Entity
@Table(name = "umkm_certificate")
public class Certificate extends BaseEntity {

	@Column(name = "umkm_id", updatable = false)
	private Long umkmId;

	@Column(name = "type_code")
	private String typeCode;

	private String number;

	@Column(name = "issued_on")
	private @Nullable LocalDate issuedOn;

	@Column(name = "expires_on")
	private @Nullable LocalDate expiresOn;

	@Column(name = "issuer")
	private String issuer;

	@Column(name = "document_id")
	private Long documentId;

	@Enumerated(EnumType.STRING)
	private CertificateStatus status;

	@Column(name = "review_reason")
	private @Nullable String reviewReason;

	@Column(name = "reviewed_by")
	private @Nullable Long reviewedBy;

	@Column(name = "reviewed_at")
	private @Nullable Instant reviewedAt;

	protected Certificate() {
	}

	public Certificate(Long umkmId, CertificateData data, Long documentId) {
		this.umkmId = umkmId;
		this.status = CertificateStatus.SUBMITTED;
		apply(data);
		this.documentId = documentId;
	}

	/**
	 * Applies an owner's edit. An officer vouched for a kind, number, dates and file:
	 * changing any of them (or replacing the file) sends the certificate back to the
	 * queue. A correction of the issuer's name alone does not. A rejected certificate is
	 * submitted again by any edit, since the edit is the owner's answer. Returns the
	 * document id it had before, when the file was replaced.
	 */
	public @Nullable Long update(CertificateData data, @Nullable Long newDocumentId) {
		boolean substantive = !typeCode.equals(data.typeCode()) || !number.equals(data.number())
				|| !Objects.equals(issuedOn, data.issuedOn()) || !Objects.equals(expiresOn, data.expiresOn())
				|| newDocumentId != null;
		apply(data);
		Long replaced = null;
		if (newDocumentId != null) {
			replaced = documentId;
			documentId = newDocumentId;
		}
		if (status == CertificateStatus.REJECTED || (status == CertificateStatus.VERIFIED && substantive)) {
			status = CertificateStatus.SUBMITTED;
			reviewedBy = null;
			reviewedAt = null;
			reviewReason = null;
		}
		return replaced;
	}

	public void decide(boolean verify, Long officerId, @Nullable String reason, Instant at) {
		if (status != CertificateStatus.SUBMITTED) {
			throw new ConflictException("Certificate " + getId() + " is " + status + ", not waiting for review");
		}
		status = verify ? CertificateStatus.VERIFIED : CertificateStatus.REJECTED;
		reviewedBy = officerId;
		reviewedAt = at;
		reviewReason = reason;
	}

	private void apply(CertificateData data) {
		this.typeCode = data.typeCode();
		this.number = data.number();
		this.issuedOn = data.issuedOn();
		this.expiresOn = data.expiresOn();
		this.issuer = data.issuer();
	}

	public Long getUmkmId() {
		return umkmId;
	}

	public Long getDocumentId() {
		return documentId;
	}

	public String getTypeCode() {
		return typeCode;
	}

	public String getNumber() {
		return number;
	}

	public @Nullable String getReviewReason() {
		return reviewReason;
	}

	public boolean isVerified() {
		return status == CertificateStatus.VERIFIED;
	}

}
