package id.simitra.partnership.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import id.simitra.account.Role;
import id.simitra.partnership.PartnershipAction;
import id.simitra.partnership.PartnershipStatus;
import id.simitra.reference.PartnershipPattern;

/**
 * A partnership as pages show it. Lists fill only the summary fields (history, ratings
 * and permissions empty); the partnership page gets everything, with {@code can} saying
 * what the reader may do now.
 */
public record PartnershipView(Long id, Long needId, @Nullable String needTitle, Long companyId,
		@Nullable String companyName, @Nullable String companyNib, Long umkmId, @Nullable String umkmName,
		@Nullable String umkmNib, @Nullable String umkmRegency, PartnershipPattern pattern, String object,
		long estimatedValue, LocalDate startDate, LocalDate endDate, PartnershipStatus status, Instant createdAt,
		Instant updatedAt, List<Event> history, String locationCode, String locationName,
		@Nullable Long agreementDocumentId, boolean noControlDeclared, long version, List<Rating> ratings,
		Permissions can) {

	/** One audit-trail entry; {@code kind} is CREATED, EDITED, STATUS or RATED. */
	public record Event(String kind, @Nullable PartnershipStatus fromStatus, PartnershipStatus toStatus,
			String actorName, Role actorRole, @Nullable String reason, List<Change> changes, Instant occurredAt) {

		public boolean isStatusChange() {
			return "STATUS".equals(kind);
		}

	}

	/**
	 * A changed field of an edit: {@code field} names it (message key lifecycle.field.*),
	 * values as stored.
	 */
	public record Change(String field, String from, String to) {

		public String labelKey() {
			return "lifecycle.field." + field;
		}

		public boolean isPattern() {
			return "pattern".equals(field);
		}

	}

	/** {@code raterSide}: COMPANY rated the UMKM, UMKM rated the company. */
	public record Rating(Role raterSide, String raterName, int score, @Nullable String comment, Instant createdAt) {
	}

	/**
	 * What the reader may do now. {@code keyTermsChanged}: after a return, the key terms
	 * differ from what the UMKM accepted, so the company sends it back to the UMKM rather
	 * than to the Dinas. {@code officerBlocked}: an officer who created or edited this
	 * record (maker-checker) or works for another province may not decide on it, nor the
	 * officer who gave the first approval ({@code firstApprover}). {@code twoApprovals}:
	 * the contract value is above the second-approval threshold (issue 16).
	 */
	public record Permissions(@Nullable Role side, Set<PartnershipAction> actions, boolean edit,
			boolean uploadAgreement, boolean rate, boolean keyTermsChanged, boolean officerBlocked,
			boolean firstApprover, boolean twoApprovals) {

		public static final Permissions NONE = new Permissions(null, Set.of(), false, false, false, false, false, false,
				false);

		public boolean may(String action) {
			return actions.contains(PartnershipAction.valueOf(action));
		}

		public boolean isCompany() {
			return side == Role.COMPANY;
		}

		public boolean isUmkm() {
			return side == Role.UMKM;
		}

		public boolean isOfficer() {
			return side == Role.OFFICER;
		}

	}

	/**
	 * The reason given with the latest status change (decline, return, rejection,
	 * termination), if any.
	 */
	public @Nullable String latestReason() {
		for (int i = history.size() - 1; i >= 0; i--) {
			if (history.get(i).isStatusChange()) {
				return history.get(i).reason();
			}
		}
		return null;
	}

	public boolean hasAgreement() {
		return agreementDocumentId != null;
	}

	/**
	 * Ratings are shown as the UMKM's and the company's; null when that side has not
	 * rated (yet).
	 */
	public @Nullable Rating ratingBy(String side) {
		return ratings.stream().filter(r -> r.raterSide().name().equals(side)).findFirst().orElse(null);
	}

}
