package id.simitra.event.web;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

import id.simitra.event.internal.outcome.MeetingOutcome;
import id.simitra.event.internal.outcome.Side;
import id.simitra.platform.FormInput;

/**
 * One side's outcome of a meeting as typed: the choice, a note, and the version the page
 * showed.
 */
public record OutcomeForm(@Nullable String outcome,
		@Size(max = 2000, message = "{validation.tooLong}") @Nullable String note, @Nullable String version) {

	static OutcomeForm empty() {
		return new OutcomeForm(null, null, null);
	}

	/**
	 * The choice, or null with the reason in {@code errors}: one of this side's choices
	 * is required.
	 */
	@Nullable MeetingOutcome toOutcome(BindingResult errors, Side side) {
		MeetingOutcome chosen = FormInput.choice(errors, "outcome", outcome(), MeetingOutcome.class);
		if (chosen != null && !side.choices().contains(chosen)) {
			errors.rejectValue("outcome", "validation.choice");
			return null;
		}
		return chosen;
	}

}
