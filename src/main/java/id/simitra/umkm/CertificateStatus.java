package id.simitra.umkm;

/**
 * SUBMITTED by the owner → VERIFIED or REJECTED by a Diskop UKM officer; a substantive
 * edit submits it again.
 */
public enum CertificateStatus {

	SUBMITTED, VERIFIED, REJECTED;

	public String messageKey() {
		return "certificate.status." + name();
	}

}
