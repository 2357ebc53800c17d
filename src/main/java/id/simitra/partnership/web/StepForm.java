package id.simitra.partnership.web;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import id.simitra.platform.FormInput;

/**
 * A lifecycle step taken from a button: an optional or required reason, the no-control
 * declaration where the step needs it (proposing, submitting), and the version of the
 * partnership the page showed.
 */
public record StepForm(@Size(max = 1000, message = "{validation.tooLong}") @Nullable String reason,
		@Nullable String noControlDeclared, @Nullable String version) {

	static StepForm empty() {
		return new StepForm("", null, null);
	}

	public boolean declared() {
		return FormInput.flag(noControlDeclared);
	}

	public boolean hasReason() {
		return reason != null && !reason.isBlank();
	}

}
