package id.simitra.umkm;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.account.SimitraUser;
import id.simitra.shared.NotFoundException;

/**
 * Uploaded documents (certificate scans, files attached to offers) and who may open them: the owning UMKM's
 * owner, officers, administrators, staff of a company that has any proposal or partnership with that UMKM, and
 * staff of a company whose need received an offer (not withdrawn) with the document attached.
 */
@Service
public class DocumentService {

	/*
	 * Asked in SQL rather than through PartnershipService: the partnership module already depends on this
	 * one (it needs UMKM profiles), and a call back would make the modules a cycle.
	 */
	private static final String COMPANY_HAS_PARTNERSHIP = """
			select exists (select 1 from partnership p join company co on co.id = p.company_id
			               where co.owner_id = :account and p.umkm_id = :umkm)
			    or exists (select 1 from offer_attachment a join offer o on o.id = a.offer_id
			               join need n on n.id = o.need_id join company co on co.id = n.company_id
			               where a.document_id = :document and o.status <> 'WITHDRAWN' and co.owner_id = :account)
			""";

	private final StoredDocumentRepository documents;

	private final UmkmRepository umkms;

	private final JdbcClient jdbc;

	private final UmkmQuotas quotas;

	DocumentService(StoredDocumentRepository documents, UmkmRepository umkms, JdbcClient jdbc, UmkmQuotas quotas) {
		this.documents = documents;
		this.umkms = umkms;
		this.jdbc = jdbc;
		this.quotas = quotas;
	}

	/** The file, if this person may see it: 404 when it does not exist, 403 when it is not theirs to see. */
	@Transactional(readOnly = true)
	public DocumentFile open(SimitraUser viewer, Long id) {
		StoredDocument document = documents.findById(id).orElseThrow(() -> new NotFoundException("Document " + id));
		if (!canView(viewer, document.getUmkmId(), id)) {
			throw new AccessDeniedException("Document " + id + " is not visible to this account");
		}
		return document.toFile();
	}

	/** A file the UMKM uploads: it counts against the business's storage quota (QuotaExceededException). */
	@Transactional
	public Long store(Long umkmId, NewDocument document) {
		quotas.storageFor(umkmId, document.bytes().length);
		return documents.saveAndFlush(new StoredDocument(umkmId, document)).getId();
	}

	/** A file a company uploads about the UMKM (a partnership agreement): not the UMKM's to pay for in quota. */
	@Transactional
	public Long storeFromCompany(Long umkmId, NewDocument document) {
		return documents.saveAndFlush(new StoredDocument(umkmId, document)).getId();
	}

	/** Deletes a document of this UMKM that another module no longer needs (e.g. a file removed from an offer). */
	@Transactional
	public void discard(Long umkmId, Long id) {
		documents.findById(id).filter(d -> umkmId.equals(d.getUmkmId())).ifPresent(documents::delete);
	}

	@Transactional
	void delete(Long id) {
		documents.deleteById(id);
	}

	private boolean canView(SimitraUser viewer, Long umkmId, Long documentId) {
		return switch (viewer.role()) {
			case OFFICER, ADMIN -> true;
			case UMKM -> umkmId != null
					&& umkms.findByOwnerId(viewer.accountId()).map(u -> u.getId().equals(umkmId)).orElse(false);
			case COMPANY -> umkmId != null && Boolean.TRUE.equals(jdbc.sql(COMPANY_HAS_PARTNERSHIP)
				.param("account", viewer.accountId())
				.param("umkm", umkmId)
				.param("document", documentId)
				.query(Boolean.class)
				.single());
		};
	}

}
