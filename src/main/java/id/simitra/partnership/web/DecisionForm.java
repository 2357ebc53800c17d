package id.simitra.partnership.web;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import id.simitra.partnership.PartnershipAction;
import id.simitra.platform.FormInput;

/**
 * An answer to a proposal (approve: accept or decline) or an officer's decision
 * ({@code decision}: APPROVE, RETURN or REJECT; without it, approve means approve or
 * reject). The reason is what the other side reads. {@code version} is the version of the
 * partnership the page showed.
 */
public record DecisionForm(@Nullable String approve,
		@Size(max = 1000, message = "{validation.tooLong}") @Nullable String reason, @Nullable String decision,
		@Nullable String version) {

	public DecisionForm(@Nullable String approve, @Nullable String reason) {
		this(approve, reason, null, null);
	}

	public boolean approved() {
		return FormInput.flag(approve);
	}

	public boolean hasReason() {
		return reason != null && !reason.isBlank();
	}

	/** The officer's choice; null when the form carries none of the three. */
	public @Nullable PartnershipAction officerAction() {
		if (decision == null || decision.isBlank()) {
			return approve == null ? null : approved() ? PartnershipAction.APPROVE : PartnershipAction.REJECT;
		}
		return switch (decision.strip()) {
			case "APPROVE" -> PartnershipAction.APPROVE;
			case "RETURN" -> PartnershipAction.RETURN;
			case "REJECT" -> PartnershipAction.REJECT;
			default -> null;
		};
	}

}
