package id.simitra.offer.web;

import org.jspecify.annotations.Nullable;

import id.simitra.offer.internal.OfferNeed;
import id.simitra.offer.internal.OfferView;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

import id.simitra.platform.FormInput;

/** The offer form as typed; numbers, the unit and the date stay text until {@link FormInput} reads them. */
public record OfferForm(
		@Size(max = 30, message = "{validation.tooLong}") String quantity,
		String unit,
		@Size(max = 30, message = "{validation.tooLong}") String unitPrice,
		@Size(max = 10, message = "{validation.tooLong}") String leadTimeDays,
		@Size(max = 20, message = "{validation.date}") String validUntil,
		@Size(max = 2000, message = "{validation.tooLong}") @Nullable String note,
		@Nullable MultipartFile attachment,
		@Nullable String version) {

	static OfferForm empty(OfferNeed need) {
		return new OfferForm("", need.unit().name(), "", "", "", "", null, null);
	}

	static OfferForm of(OfferView o) {
		return new OfferForm(FormInput.text(o.quantity()), o.unit().name(), FormInput.rupiahText(o.unitPrice()),
				String.valueOf(o.leadTimeDays()), o.validUntil().toString(), o.note() == null ? "" : o.note(), null,
				String.valueOf(o.version()));
	}

}
