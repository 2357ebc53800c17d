package id.simitra.platform;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Number and date formats for templates ({@code ${#fmt.rupiah(x)}}, TemplateObjects), in
 * the reader's language: Indonesian readers see "Rp 1.500.000" and "22 November 2026".
 * Times are shown in WIB, the zone of North Sumatra.
 */
@Component("fmt")
public class Formats {

	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	/*
	 * Formats made once per language, not on every call: making a NumberFormat (its
	 * DecimalFormatSymbols) was a twentieth of a storefront's CPU, and the ranking page
	 * formats hundreds of numbers (issue 12). NumberFormat is not thread-safe, so one per
	 * request thread; DateTimeFormatter is immutable and shared.
	 */
	private static final ThreadLocal<Map<Locale, NumberFormat>> INTEGERS = ThreadLocal.withInitial(HashMap::new);

	private static final ThreadLocal<Map<Locale, NumberFormat>> NUMBERS = ThreadLocal.withInitial(HashMap::new);

	private static final Map<Locale, DateTimeFormatter> DATES = new ConcurrentHashMap<>();

	private static final Map<Locale, DateTimeFormatter> DATE_TIMES = new ConcurrentHashMap<>();

	public String rupiah(long amount) {
		return "Rp " + INTEGERS.get().computeIfAbsent(locale(), NumberFormat::getIntegerInstance).format(amount);
	}

	public String number(Number n) {
		if (n == null) {
			return "";
		}
		NumberFormat format = NUMBERS.get().computeIfAbsent(locale(), locale -> {
			NumberFormat made = NumberFormat.getNumberInstance(locale);
			made.setMaximumFractionDigits(2);
			return made;
		});
		return format.format(n instanceof BigDecimal bd ? bd.stripTrailingZeros() : n);
	}

	public String date(LocalDate date) {
		return date == null ? "" : date(date, locale());
	}

	/**
	 * The date in words in the given language ("7 Desember 2026"), for texts built
	 * outside a request's locale: the ranking's explanations, an e-mail in the account's
	 * language.
	 */
	public static String date(LocalDate date, Locale locale) {
		return DATES.computeIfAbsent(locale, l -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(l))
			.format(date);
	}

	/**
	 * The value for an {@code <input type="date">}: the date as yyyy-MM-dd, or empty when
	 * what came back is not a date (typed into a browser without a date picker, or sent
	 * by hand). HTML allows only a valid date there; the field's error message still says
	 * what was wrong.
	 */
	public String dateInput(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString().strip();
		try {
			return LocalDate.parse(text).toString();
		}
		catch (DateTimeParseException ex) {
			return "";
		}
	}

	public String dateTime(Instant instant) {
		if (instant == null) {
			return "";
		}
		return DATE_TIMES
			.computeIfAbsent(locale(), locale -> DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", locale).withZone(WIB))
			.format(instant) + " WIB";
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
