package id.simitra.offer.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

import id.simitra.offer.internal.OfferData;
import id.simitra.offer.internal.OfferNeed;
import id.simitra.offer.internal.OfferService;
import id.simitra.offer.internal.OfferView;
import id.simitra.offer.internal.Uploads;
import id.simitra.platform.FormInput;
import id.simitra.reference.Unit;
import id.simitra.umkm.NewDocument;

/**
 * The offer form as typed; numbers, the unit and the date stay text until
 * {@link FormInput} reads them.
 */
public record OfferForm(@Size(max = 30, message = "{validation.tooLong}") String quantity, String unit,
		@Size(max = 30, message = "{validation.tooLong}") String unitPrice,
		@Size(max = 10, message = "{validation.tooLong}") String leadTimeDays,
		@Size(max = 20, message = "{validation.date}") String validUntil,
		@Size(max = 2000, message = "{validation.tooLong}") @Nullable String note, @Nullable MultipartFile attachment,
		@Nullable String version) {

	private static final long MAX_PRICE = 1_000_000_000_000L;

	static OfferForm empty(OfferNeed need) {
		return new OfferForm("", need.unit().name(), "", "", "", "", null, null);
	}

	static OfferForm of(OfferView o) {
		return new OfferForm(FormInput.text(o.quantity()), o.unit().name(), FormInput.rupiahText(o.unitPrice()),
				String.valueOf(o.leadTimeDays()), o.validUntil().toString(), o.note() == null ? "" : o.note(), null,
				String.valueOf(o.version()));
	}

	/**
	 * Reads the form against the need: the unit must measure what the need measures (kg
	 * against ton, not litres), the validity date must not be past ({@code today} from
	 * the Clock), and an attached file must be a real PDF, JPEG or PNG, one more than the
	 * {@code attachments} the offer already has. Null with every reason added to
	 * {@code errors}.
	 */
	@Nullable OfferData toData(BindingResult errors, OfferNeed need, LocalDate today, int attachments) {
		BigDecimal quantity = FormInput.quantity(errors, "quantity", quantity(), false);
		Unit unit = FormInput.choice(errors, "unit", unit(), Unit.class);
		if (unit != null && unit.kind() != need.unit().kind()) {
			errors.rejectValue("unit", "validation.offerUnitKind",
					new Object[] { new DefaultMessageSourceResolvable(need.unit().messageKey()) }, null);
		}
		Long price = FormInput.rupiah(errors, "unitPrice", unitPrice(), 1, MAX_PRICE);
		Integer leadTime = days(errors, "leadTimeDays", leadTimeDays());
		LocalDate validUntil = FormInput.date(errors, "validUntil", validUntil());
		if (validUntil != null && validUntil.isBefore(today)) {
			errors.rejectValue("validUntil", "validation.futureOrPresent");
		}
		String note = note() == null || note().isBlank() ? null : note().strip();
		NewDocument document = Uploads.document(attachment(), errors, "attachment");
		if (document != null && attachments >= OfferService.MAX_ATTACHMENTS) {
			errors.rejectValue("attachment", "validation.offerTooManyFiles",
					new Object[] { OfferService.MAX_ATTACHMENTS }, null);
		}
		// Each of these is null only when an error was recorded for its field.
		if (errors.hasErrors() || quantity == null || unit == null || price == null || leadTime == null
				|| validUntil == null) {
			return null;
		}
		return new OfferData(quantity, unit, price, leadTime, validUntil, note, document);
	}

	/** Whole days from 0 (from stock) to 365. */
	private static @Nullable Integer days(BindingResult errors, String field, String raw) {
		if (errors.hasFieldErrors(field)) {
			return null;
		}
		if (raw == null || raw.isBlank()) {
			errors.rejectValue(field, "validation.required");
			return null;
		}
		String text = raw.strip();
		if (!text.matches("[0-9]{1,3}") || Integer.parseInt(text) > 365) {
			errors.rejectValue(field, "validation.leadTime");
			return null;
		}
		return Integer.valueOf(text);
	}

}
