package id.simitra.partnership.web;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import id.simitra.platform.FormInput;

/** A rating as typed: the score stays text until the controller reads it (1 to 5). */
public record RatingForm(@Nullable String score,
		@Size(max = 1000, message = "{validation.tooLong}") @Nullable String comment, @Nullable String commentPublic) {

	public RatingForm(@Nullable String score, @Nullable String comment) {
		this(score, comment, null);
	}

	static RatingForm empty() {
		return new RatingForm("", "", null);
	}

	/** The rater allows the comment to be shown publicly (issue 16). */
	public boolean isPublic() {
		return FormInput.flag(commentPublic);
	}

}
