package id.simitra.offer.internal;

/** A file attached to an offer; opened through /dokumen/{documentId}. */
public record AttachmentView(Long offerId, Long documentId, String fileName, String contentType, int sizeBytes) {

	/** Size in kilobytes, at least 1, for lists. */
	public long sizeKb() {
		return Math.max(1, Math.round(sizeBytes / 1024.0));
	}

}
