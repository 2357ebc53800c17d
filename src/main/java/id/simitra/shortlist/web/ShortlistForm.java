package id.simitra.shortlist.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import id.simitra.shortlist.ShortlistService;

/** The name of a new or renamed list, as typed. */
public record ShortlistForm(@NotBlank(message = "{validation.required}") @Size(max = ShortlistService.MAX_NAME_LENGTH,
		message = "{validation.tooLong}") String name) {

	static ShortlistForm empty() {
		return new ShortlistForm("");
	}

}
