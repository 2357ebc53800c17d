package id.simitra.partnership;

import jakarta.validation.constraints.Size;

import id.simitra.shared.FormInput;

/** An answer to a proposal or an officer's decision; the reason is what the other side reads. */
public record DecisionForm(String approve, @Size(max = 1000, message = "{validation.tooLong}") String reason) {

	public boolean approved() {
		return FormInput.flag(approve);
	}

	public boolean hasReason() {
		return reason != null && !reason.isBlank();
	}

}
