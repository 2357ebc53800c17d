package id.simitra.partnership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An answer to a proposal or an officer's decision; the reason is what the other side reads. */
public record DecisionForm(boolean approve,
		@NotBlank(message = "{validation.reasonRequired}") @Size(max = 1000, message = "{validation.tooLong}") String reason) {
}
