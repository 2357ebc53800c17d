package id.simitra.partnership.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

import id.simitra.partnership.PaymentData;
import id.simitra.platform.FormInput;

/**
 * A payment and its terms as typed (issue 16, tempo pembayaran): amount, due date, and
 * the date paid when it is already.
 */
public record PaymentForm(@Size(max = 30, message = "{validation.tooLong}") @Nullable String amount,
		@Nullable String dueDate, @Nullable String paidOn,
		@Size(max = 1000, message = "{validation.tooLong}") @Nullable String note) {

	static PaymentForm empty() {
		return new PaymentForm("", "", "", "");
	}

	/**
	 * The payment, or null with every reason added to {@code errors}: at least Rp 1, a
	 * due date, a paid date (optional) not after {@code today}.
	 */
	@Nullable PaymentData toData(BindingResult errors, LocalDate today) {
		Long rupiah = FormInput.rupiah(errors, "amount", amount, 1, ProposalForm.MAX_VALUE);
		LocalDate due = FormInput.date(errors, "dueDate", dueDate);
		LocalDate paid = paidDate(errors, "paidOn", paidOn, today, false);
		if (errors.hasErrors() || rupiah == null || due == null) {
			return null;
		}
		return new PaymentData(rupiah, due, paid, note);
	}

	/** A date paid: not after today; required when marking a payment paid. */
	static @Nullable LocalDate paidDate(BindingResult errors, String field, @Nullable String raw, LocalDate today,
			boolean required) {
		if (!required && (raw == null || raw.isBlank())) {
			return null;
		}
		LocalDate paid = FormInput.date(errors, field, raw);
		if (paid != null && paid.isAfter(today)) {
			errors.rejectValue(field, "validation.contract.notFuture");
			return null;
		}
		return paid;
	}

}
