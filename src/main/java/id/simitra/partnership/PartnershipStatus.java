package id.simitra.partnership;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a partnership stands. The company drafts and PROPOSES; the UMKM ACCEPTS or
 * DECLINES; the company uploads the signed agreement and SUBMITS it to the Dinas, which
 * APPROVES, RETURNS (for changes) or REJECTS it; above the second-approval threshold the
 * first officer's approval leaves it FIRST_APPROVED until a second officer of the
 * province approves (maker-checker, issue 16); an approved partnership becomes ACTIVE
 * when it starts and ends COMPLETED or TERMINATED. Who may make each step is in
 * {@link PartnershipAction}. The reporting module counts by these names: keep them.
 */
public enum PartnershipStatus {

	DRAFT, PROPOSED, ACCEPTED, DECLINED, SUBMITTED, FIRST_APPROVED, RETURNED, REJECTED, APPROVED, ACTIVE, COMPLETED,
	TERMINATED;

	/**
	 * Statuses in which a partnership is still going somewhere: a second one for the same
	 * need and UMKM waits.
	 */
	static final Set<PartnershipStatus> LIVE = EnumSet.of(DRAFT, PROPOSED, ACCEPTED, SUBMITTED, FIRST_APPROVED,
			RETURNED, APPROVED, ACTIVE);

	/**
	 * Statuses in which the company may read the UMKM's certificate and identity scans:
	 * proposed or later, not a draft the UMKM never saw, and not one the UMKM declined or
	 * the Dinas rejected.
	 */
	public static final Set<PartnershipStatus> SHARES_UMKM_PAPERS = EnumSet.of(PROPOSED, ACCEPTED, SUBMITTED,
			FIRST_APPROVED, RETURNED, APPROVED, ACTIVE, COMPLETED, TERMINATED);

	/**
	 * The one label of a status, on pages and in exports alike: the reporting module
	 * (which may not use this enum) builds the same key from the stored code,
	 * {@code "status." + code}; ExportLabelsTest fails if the two ever differ.
	 */
	public String messageKey() {
		return "status." + name();
	}

}
