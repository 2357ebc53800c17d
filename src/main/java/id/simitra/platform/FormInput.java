package id.simitra.platform;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;
import org.springframework.validation.BindingResult;

/**
 * Reads numbers, dates and choices from form fields that are bound as text. Forms are
 * records bound through their constructor; a field typed as a number would make a
 * conversion error ("abc" in an amount) leave the whole form null and unrenderable.
 * Binding text keeps exactly what the person typed on screen, and the reading happens
 * here, with a message per field.
 */
public final class FormInput {

	private static final Pattern DIGIT_GROUPS = Pattern.compile("[0-9]{1,3}(\\.[0-9]{3})+");

	private FormInput() {
	}

	/**
	 * A whole-rupiah amount: "Rp 1.500.000", "1500000" and "1 500 000" all read as
	 * 1500000.
	 */
	public static @Nullable Long rupiah(BindingResult errors, String field, @Nullable String raw, long min, long max) {
		if (errors.hasFieldErrors(field) || isBlank(raw, errors, field)) {
			return null;
		}
		String digits = raw.strip().replaceFirst("(?i)^rp\\.?", "").replaceAll("[\\s.]", "");
		if (digits.startsWith("-")) {
			errors.rejectValue(field, min > 0 ? "validation.positive" : "validation.positiveOrZero");
			return null;
		}
		if (!digits.matches("[0-9]{1,18}")) {
			errors.rejectValue(field, "validation.wholeNumber");
			return null;
		}
		long value = Long.parseLong(digits);
		if (value < min) {
			errors.rejectValue(field, min > 0 ? "validation.positive" : "validation.positiveOrZero");
			return null;
		}
		if (value > max) {
			errors.rejectValue(field, "validation.tooLarge");
			return null;
		}
		return value;
	}

	/**
	 * A quantity that may have decimals. A comma is the decimal mark ("2,5"); a point is
	 * one too ("2.5") unless it separates groups of three digits ("1.500" is fifteen
	 * hundred, as Indonesians write it).
	 */
	public static @Nullable BigDecimal quantity(BindingResult errors, String field, @Nullable String raw,
			boolean allowZero) {
		if (errors.hasFieldErrors(field) || isBlank(raw, errors, field)) {
			return null;
		}
		String text = raw.strip().replace(" ", "");
		if (text.contains(",")) {
			text = text.replace(".", "").replace(',', '.');
		}
		else if (DIGIT_GROUPS.matcher(text).matches()) {
			text = text.replace(".", "");
		}
		BigDecimal value;
		try {
			value = new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			errors.rejectValue(field, "validation.number");
			return null;
		}
		if (value.signum() < 0 || (!allowZero && value.signum() == 0)) {
			errors.rejectValue(field, allowZero ? "validation.positiveOrZero" : "validation.positive");
			return null;
		}
		if (value.compareTo(new BigDecimal("999999999999")) > 0 || value.scale() > 2) {
			errors.rejectValue(field, value.scale() > 2 ? "validation.decimals" : "validation.tooLarge");
			return null;
		}
		return value;
	}

	/** A date as the browser's date input sends it (yyyy-mm-dd). */
	public static @Nullable LocalDate date(BindingResult errors, String field, @Nullable String raw) {
		if (errors.hasFieldErrors(field) || isBlank(raw, errors, field)) {
			return null;
		}
		try {
			return LocalDate.parse(raw.strip());
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, "validation.date");
			return null;
		}
	}

	/** One of a fixed list (a select or radio buttons); anything else is refused. */
	public static <E extends Enum<E>> @Nullable E choice(BindingResult errors, String field, @Nullable String raw,
			Class<E> type) {
		if (errors.hasFieldErrors(field) || isBlank(raw, errors, field)) {
			return null;
		}
		try {
			return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			errors.rejectValue(field, "validation.choice");
			return null;
		}
	}

	/**
	 * The optimistic-lock version carried in a hidden field; missing or tampered means
	 * "not known".
	 */
	public static @Nullable Long version(@Nullable String raw) {
		return raw != null && raw.strip().matches("[0-9]{1,18}") ? Long.valueOf(raw.strip()) : null;
	}

	/** A checkbox or a yes/no button. */
	public static boolean flag(@Nullable String raw) {
		return raw != null && (raw.equalsIgnoreCase("true") || raw.equalsIgnoreCase("on"));
	}

	/** An amount shown back in a form the way people write it: 1.500.000. */
	public static String rupiahText(long value) {
		return String.format(Locale.ROOT, "%,d", value).replace(',', '.');
	}

	public static String text(@Nullable Number value) {
		if (value == null) {
			return "";
		}
		return value instanceof BigDecimal bd ? bd.stripTrailingZeros().toPlainString() : value.toString();
	}

	@Contract("null, _, _ -> true")
	private static boolean isBlank(@Nullable String raw, BindingResult errors, String field) {
		if (raw == null || raw.isBlank()) {
			errors.rejectValue(field, "validation.required");
			return true;
		}
		return false;
	}

}
