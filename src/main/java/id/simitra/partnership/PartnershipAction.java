package id.simitra.partnership;

import java.util.EnumSet;
import java.util.Set;

import id.simitra.account.Role;

import static id.simitra.partnership.PartnershipStatus.ACCEPTED;
import static id.simitra.partnership.PartnershipStatus.ACTIVE;
import static id.simitra.partnership.PartnershipStatus.APPROVED;
import static id.simitra.partnership.PartnershipStatus.DRAFT;
import static id.simitra.partnership.PartnershipStatus.FIRST_APPROVED;
import static id.simitra.partnership.PartnershipStatus.PROPOSED;
import static id.simitra.partnership.PartnershipStatus.RETURNED;
import static id.simitra.partnership.PartnershipStatus.SUBMITTED;

/**
 * The status changes and who may make them: staff of the partnership's company, the owner
 * of its UMKM, or a Diskop UKM officer. This table is the whole rule; services and pages
 * ask it, they do not repeat it. Some steps have further conditions checked by the
 * service (an agreement before submitting; after a return, changed key terms go back to
 * the UMKM instead of to the Dinas; maker-checker and province for officers; above the
 * second-approval threshold APPROVE from SUBMITTED stops at FIRST_APPROVED, and only
 * another officer's APPROVE from there reaches APPROVED).
 */
public enum PartnershipAction {

	PROPOSE(PROPOSED, false, EnumSet.of(Role.COMPANY), EnumSet.of(DRAFT, RETURNED)),
	ACCEPT(ACCEPTED, false, EnumSet.of(Role.UMKM), EnumSet.of(PROPOSED)),
	DECLINE(PartnershipStatus.DECLINED, true, EnumSet.of(Role.UMKM), EnumSet.of(PROPOSED)),
	SUBMIT(SUBMITTED, false, EnumSet.of(Role.COMPANY), EnumSet.of(ACCEPTED, RETURNED)),
	APPROVE(APPROVED, false, EnumSet.of(Role.OFFICER), EnumSet.of(SUBMITTED, FIRST_APPROVED)),
	RETURN(RETURNED, true, EnumSet.of(Role.OFFICER), EnumSet.of(SUBMITTED, FIRST_APPROVED)),
	REJECT(PartnershipStatus.REJECTED, true, EnumSet.of(Role.OFFICER), EnumSet.of(SUBMITTED, FIRST_APPROVED)),
	ACTIVATE(ACTIVE, false, EnumSet.of(Role.COMPANY), EnumSet.of(APPROVED)),
	COMPLETE(PartnershipStatus.COMPLETED, false, EnumSet.of(Role.COMPANY, Role.UMKM), EnumSet.of(ACTIVE)),
	TERMINATE(PartnershipStatus.TERMINATED, true, EnumSet.of(Role.COMPANY, Role.UMKM), EnumSet.of(ACTIVE));

	/** Statuses in which the company may change the terms. */
	static final Set<PartnershipStatus> EDITABLE = EnumSet.of(DRAFT, RETURNED);

	/** Statuses in which the company may (re)place the agreement document. */
	static final Set<PartnershipStatus> AGREEMENT_UPLOAD = EnumSet.of(DRAFT, ACCEPTED, RETURNED);

	private final PartnershipStatus target;

	private final boolean reasonRequired;

	// Unmodifiable copies (Set.copyOf below); the checker only knows Guava's immutable
	// collection types.
	@SuppressWarnings("ImmutableEnumChecker")
	private final Set<Role> parties;

	// As above: an unmodifiable copy.
	@SuppressWarnings("ImmutableEnumChecker")
	private final Set<PartnershipStatus> from;

	PartnershipAction(PartnershipStatus target, boolean reasonRequired, Set<Role> parties,
			Set<PartnershipStatus> from) {
		this.target = target;
		this.reasonRequired = reasonRequired;
		this.parties = Set.copyOf(parties);
		this.from = Set.copyOf(from);
	}

	public PartnershipStatus target() {
		return target;
	}

	public boolean reasonRequired() {
		return reasonRequired;
	}

	/**
	 * The side that may take this step: COMPANY (the partnership's company), UMKM (its
	 * owner) or OFFICER.
	 */
	public boolean takenBy(Role side) {
		return parties.contains(side);
	}

	public boolean startsFrom(PartnershipStatus status) {
		return from.contains(status);
	}

	/** The flash message shown after the step. */
	public String flashKey() {
		return "lifecycle.flash." + name();
	}

}
