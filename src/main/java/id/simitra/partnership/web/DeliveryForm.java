package id.simitra.partnership.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

import id.simitra.partnership.DeliveryData;
import id.simitra.platform.FormInput;
import id.simitra.umkm.NewDocument;

/**
 * A delivery or service period as typed (issue 16): dates, quantity and value stay text
 * until {@link #toData} reads them; the document is optional.
 */
public record DeliveryForm(@Nullable String deliveredOn, @Nullable String periodEnd,
		@Size(max = 30, message = "{validation.tooLong}") @Nullable String quantity,
		@Size(max = 30, message = "{validation.tooLong}") @Nullable String value,
		@Size(max = 1000, message = "{validation.tooLong}") @Nullable String note, @Nullable MultipartFile document) {

	static DeliveryForm empty(LocalDate today) {
		return new DeliveryForm(today.toString(), "", "", "", "", null);
	}

	/**
	 * The delivery, or null with every reason added to {@code errors}: a date not after
	 * {@code today}, a period's end not before its start (nor after today), a value of Rp
	 * 0 or more, a quantity above zero when given.
	 */
	@Nullable DeliveryData toData(BindingResult errors, LocalDate today) {
		LocalDate on = FormInput.date(errors, "deliveredOn", deliveredOn);
		if (on != null && on.isAfter(today)) {
			errors.rejectValue("deliveredOn", "validation.contract.notFuture");
		}
		LocalDate end = null;
		if (periodEnd != null && !periodEnd.isBlank()) {
			end = FormInput.date(errors, "periodEnd", periodEnd);
			if (end != null && on != null && end.isBefore(on)) {
				errors.rejectValue("periodEnd", "validation.contract.periodEnd");
			}
			else if (end != null && end.isAfter(today)) {
				errors.rejectValue("periodEnd", "validation.contract.notFuture");
			}
		}
		BigDecimal amount = quantity == null || quantity.isBlank() ? null
				: FormInput.quantity(errors, "quantity", quantity, false);
		Long rupiah = FormInput.rupiah(errors, "value", value, 0, ProposalForm.MAX_VALUE);
		if (errors.hasErrors() || on == null || rupiah == null) {
			return null;
		}
		return new DeliveryData(on, end, amount, rupiah, note);
	}

	/**
	 * The optional file (PDF, JPEG or PNG recognised from its first bytes, at most 5 MB),
	 * null when none was chosen or it was refused (then with a message).
	 */
	@Nullable NewDocument file(BindingResult errors) {
		if (document == null || document.isEmpty()) {
			return null;
		}
		if (document.getSize() > NewDocument.MAX_BYTES) {
			errors.rejectValue("document", "validation.documentTooLarge");
			return null;
		}
		byte[] bytes;
		try {
			bytes = document.getBytes();
		}
		catch (IOException ex) {
			errors.rejectValue("document", "validation.documentUnreadable");
			return null;
		}
		Optional<NewDocument> recognised = NewDocument.recognise(document.getOriginalFilename(), bytes);
		if (recognised.isEmpty()) {
			errors.rejectValue("document", "validation.documentType");
			return null;
		}
		return recognised.get();
	}

}
