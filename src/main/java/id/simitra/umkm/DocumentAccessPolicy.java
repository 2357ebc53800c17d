package id.simitra.umkm;

import id.simitra.account.SimitraUser;

/**
 * Who may open one kind of stored document. Each module that stores documents implements
 * it for its own kinds (certificate and identity scans here, agreements in partnership,
 * offer attachments in offer) as a Spring bean; {@link DocumentService} asks every
 * policy, so no module reads another's tables to decide, and a kind's rule is written
 * once. The rules are listed in docs/access.md.
 */
public interface DocumentAccessPolicy {

	/** A short name of the kind, for logs ("certificate", "agreement"...). */
	String kind();

	/**
	 * Whether the document is of this policy's kind (e.g. it is the scan of some
	 * certificate).
	 */
	boolean covers(Long documentId);

	/**
	 * Whether this person may open the document, which {@link #covers} says is of this
	 * kind. Anybody not allowed gets a 404 from {@link DocumentService}, so the answer
	 * never tells that the document exists.
	 */
	boolean canView(SimitraUser viewer, Long documentId);

}
