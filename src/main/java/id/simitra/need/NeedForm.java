package id.simitra.need;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import id.simitra.shared.PartnershipPattern;
import id.simitra.shared.Unit;

public record NeedForm(
		@NotBlank(message = "{validation.required}") @Size(max = 150, message = "{validation.tooLong}") String title,
		@NotBlank(message = "{validation.required}") @Size(max = 4000, message = "{validation.tooLong}") String description,
		@NotBlank(message = "{validation.required}") String kbli,
		@NotNull(message = "{validation.required}") @DecimalMin(value = "0.01", message = "{validation.positive}") @DecimalMax(value = "999999999999", message = "{validation.tooLarge}") BigDecimal quantity,
		@NotNull(message = "{validation.required}") Unit unit,
		@NotBlank(message = "{validation.required}") String regencyCode,
		@NotNull(message = "{validation.required}") @FutureOrPresent(message = "{validation.futureOrPresent}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
		@NotNull(message = "{validation.required}") PartnershipPattern pattern,
		Long version) {

	static NeedForm empty(String regencyCode) {
		return new NeedForm("", "", "", null, Unit.KG, regencyCode, null, PartnershipPattern.RANTAI_PASOK, null);
	}

	static NeedForm of(NeedView n) {
		return new NeedForm(n.title(), n.description(), n.kbliLabel(), n.quantity(), n.unit(), n.regencyCode(),
				n.deadline(), n.pattern(), n.version());
	}

}
