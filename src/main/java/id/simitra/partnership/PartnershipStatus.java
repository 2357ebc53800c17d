package id.simitra.partnership;

/**
 * PROPOSED by a company → ACCEPTED or DECLINED by the UMKM → APPROVED or REJECTED by a Diskop UKM officer.
 */
public enum PartnershipStatus {

	PROPOSED, ACCEPTED, DECLINED, APPROVED, REJECTED;

	public boolean isFinal() {
		return this == DECLINED || this == APPROVED || this == REJECTED;
	}

	public String messageKey() {
		return "status." + name();
	}

}
