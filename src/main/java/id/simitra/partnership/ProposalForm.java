package id.simitra.partnership;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import id.simitra.shared.PartnershipPattern;
import id.simitra.shared.Rupiah;

public record ProposalForm(
		@NotNull(message = "{validation.required}") PartnershipPattern pattern,
		@NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") String object,
		@NotNull(message = "{validation.required}") @Positive(message = "{validation.positive}") @Max(value = 999_999_999_999_999L, message = "{validation.tooLarge}") @Rupiah Long estimatedValue,
		@NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
		@NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate,
		@AssertTrue(message = "{validation.noControl}") boolean noControlDeclared) {
}
