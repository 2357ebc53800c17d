package id.simitra.offer.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A message as typed: plain text, shown escaped. */
public record MessageForm(
		@NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.tooLong}") String body) {

	static MessageForm empty() {
		return new MessageForm("");
	}

}
