package id.simitra.umkm;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.account.SimitraUser;
import id.simitra.platform.NotFoundException;
import id.simitra.umkm.internal.DocumentFile;
import id.simitra.umkm.internal.StoredDocument;
import id.simitra.umkm.internal.StoredDocumentRepository;

/**
 * Uploaded documents (certificate scans, agreements, files attached to offers): storing
 * them, and opening them for those the document's kind allows. Each kind's rule is a
 * {@link DocumentAccessPolicy} of the module that owns the kind; this class asks them all
 * and never reads another module's tables.
 */
@Service
public class DocumentService {

	private static final Log log = LogFactory.getLog(DocumentService.class);

	private final StoredDocumentRepository documents;

	/*
	 * Looked up when a document is opened, not when this service is made: the policies
	 * use services (UMKM, offers, partnerships) that themselves store documents through
	 * this one.
	 */
	private final ObjectProvider<DocumentAccessPolicy> policies;

	private final UmkmQuotas quotas;

	DocumentService(StoredDocumentRepository documents, ObjectProvider<DocumentAccessPolicy> policies,
			UmkmQuotas quotas) {
		this.documents = documents;
		this.policies = policies;
		this.quotas = quotas;
	}

	/**
	 * The file, if this person may see it. 404 both when it does not exist and when it is
	 * not theirs to see: ids are sequential, and a 403 would confirm that a document
	 * exists. A document no kind claims (an agreement replaced by a newer upload, kept
	 * for the audit trail) is opened by nobody.
	 */
	@Transactional(readOnly = true)
	public DocumentFile open(SimitraUser viewer, Long id) {
		// The rules first, the file (up to 5 MB) only for those allowed: a walk over ids
		// loads no file. A document
		// that does not exist is claimed by no kind, so it is refused the same way.
		boolean allowed = viewer != null
				&& policies.orderedStream().filter(p -> p.covers(id)).anyMatch(p -> p.canView(viewer, id));
		if (!allowed) {
			log.info("Document " + id + " refused to account " + (viewer == null ? "-" : viewer.accountId()));
			throw new NotFoundException("Document " + id);
		}
		return documents.findById(id).orElseThrow(() -> new NotFoundException("Document " + id)).toFile();
	}

	/**
	 * A file the UMKM uploads: it counts against the business's storage quota
	 * (QuotaExceededException).
	 */
	@Transactional
	public Long store(Long umkmId, NewDocument document) {
		quotas.storageFor(umkmId, document.bytes().length);
		return documents.saveAndFlush(new StoredDocument(umkmId, null, document)).getId();
	}

	/**
	 * A file a company uploads about the UMKM (a partnership agreement). It counts
	 * against the company's storage quota, never the UMKM's: the UMKM cannot see or
	 * delete it (a draft's agreement, a replaced one), so a company could otherwise fill
	 * the UMKM's storage (QuotaExceededException "quota.companyStorage").
	 */
	@Transactional
	public Long storeFromCompany(Long companyId, Long umkmId, NewDocument document) {
		quotas.companyStorageFor(companyId, document.bytes().length);
		return documents.saveAndFlush(new StoredDocument(umkmId, companyId, document)).getId();
	}

	/**
	 * Deletes a document of this UMKM that another module no longer needs (e.g. a file
	 * removed from an offer).
	 */
	@Transactional
	public void discard(Long umkmId, Long id) {
		documents.findById(id).filter(d -> umkmId.equals(d.getUmkmId())).ifPresent(documents::delete);
	}

	@Transactional
	void delete(Long id) {
		documents.deleteById(id);
	}

}
