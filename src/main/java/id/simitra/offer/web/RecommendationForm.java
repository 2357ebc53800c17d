package id.simitra.offer.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An officer's recommendation as typed: the need and UMKM picked on the page, and the
 * note the company reads.
 */
public record RecommendationForm(String needId, String umkmId,
		@NotBlank(message = "{validation.required}") @Size(max = 1000, message = "{validation.tooLong}") String note) {
}
