package id.simitra.platform;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Formats keeps its formatters per language instead of making them on every call: the
 * same text as formatters made afresh, whichever language asked before.
 */
class FormatsTest {

	private final Formats formats = new Formats();

	@AfterEach
	void reset() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void sameTextAsFreshFormattersInEitherLanguageAndOrder() {
		List<Number> numbers = List.of(0, 7, 1500000, 2.5, new BigDecimal("1234.5600"), new BigDecimal("0.125"), -3L);
		LocalDate day = LocalDate.of(2026, 11, 22);
		Instant instant = Instant.parse("2026-11-22T02:05:00Z");
		for (String tag : List.of("id", "en", "id", "en")) {
			Locale locale = Locale.forLanguageTag(tag);
			LocaleContextHolder.setLocale(locale);
			for (Number n : numbers) {
				NumberFormat fresh = NumberFormat.getNumberInstance(locale);
				fresh.setMaximumFractionDigits(2);
				assertThat(formats.number(n)).as(tag + " " + n)
					.isEqualTo(fresh.format(n instanceof BigDecimal bd ? bd.stripTrailingZeros() : n));
			}
			assertThat(formats.rupiah(1500000))
				.isEqualTo("Rp " + NumberFormat.getIntegerInstance(locale).format(1500000));
			assertThat(formats.date(day))
				.isEqualTo(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day));
			assertThat(formats.dateTime(instant)).isEqualTo(
					DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", locale).withZone(Formats.WIB).format(instant)
							+ " WIB");
		}
		LocaleContextHolder.setLocale(Locale.forLanguageTag("id"));
		assertThat(formats.rupiah(1500000)).isEqualTo("Rp 1.500.000");
		assertThat(formats.date(day)).isEqualTo("22 November 2026");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(formats.rupiah(1500000)).isEqualTo("Rp 1,500,000");
	}

}
