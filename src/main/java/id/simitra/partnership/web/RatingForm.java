package id.simitra.partnership.web;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A rating as typed: the score stays text until the controller reads it (1 to 5). */
public record RatingForm(@Nullable String score,
		@Size(max = 1000, message = "{validation.tooLong}") @Nullable String comment) {

	static RatingForm empty() {
		return new RatingForm("", "");
	}

}
