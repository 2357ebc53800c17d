package id.simitra.platform;

import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counts are pluralised in both languages through ICU message formats (issue 16: "Minimum
 * order 1 days … per days"), with the portal's own messages files.
 */
class PluralMessagesTest {

	private static final Locale EN = Locale.ENGLISH;

	private static final Locale ID = Locale.forLanguageTag("id");

	private final IcuMessageSource messages = messageSource();

	private final Counts counts = new Counts(messages, new Formats());

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void englishSaysOneDayAndManyDays() {
		assertThat(message("offer.days", EN, 1)).isEqualTo("1 day");
		assertThat(message("offer.days", EN, 7)).isEqualTo("7 days");
		assertThat(message("login.throttled", EN, 1)).isEqualTo("Too many login attempts. Try again in 1 second.");
		assertThat(message("login.throttled", EN, 8)).endsWith("in 8 seconds.");
		assertThat(message("lifecycle.auditCount", EN, 1)).isEqualTo("1 record");
		assertThat(message("lifecycle.auditCount", EN, 1200)).isEqualTo("1,200 records");
		assertThat(message("home.stats", EN, 1, 1, 1)).isEqualTo("1 UMKM with 1 product from 1 regency/city.");
		assertThat(message("home.stats", EN, 5, 12, 3)).isEqualTo("5 UMKM with 12 products from 3 regencies/cities.");
	}

	@Test
	void indonesianHasOneFormForEveryCount() {
		assertThat(message("offer.days", ID, 1)).isEqualTo("1 hari");
		assertThat(message("offer.days", ID, 7)).isEqualTo("7 hari");
		assertThat(message("lifecycle.auditCount", ID, 1200)).isEqualTo("1.200 catatan");
		assertThat(message("login.throttled", ID, 1)).endsWith("dalam 1 detik.");
	}

	@Test
	void aQuantityTakesTheFormOfItsNumberAndUnitsAreSingularAfterPer() {
		LocaleContextHolder.setLocale(EN);
		assertThat(message("product.minOrderLine", EN, counts.of(BigDecimal.ONE, "unit.HARI")))
			.isEqualTo("Minimum order 1 day");
		// 1.00 as stored in a numeric column is still one.
		assertThat(counts.of(new BigDecimal("1.00"), "unit.HARI")).isEqualTo("1 day");
		assertThat(counts.of(new BigDecimal("2.5"), "unit.HARI")).isEqualTo("2.5 days");
		assertThat(counts.of(new BigDecimal("3"), "unit.PCS")).isEqualTo("3 pieces");
		assertThat(counts.of(new BigDecimal("1"), "unit.TON")).isEqualTo("1 tonne");
		assertThat(message("product.priceLine", EN, "Rp 1", "Rp 2", messages.getMessage("unit.HARI", null, EN)))
			.isEqualTo("Price Rp 1 – Rp 2 per day");
		LocaleContextHolder.setLocale(ID);
		assertThat(counts.of(BigDecimal.ONE, "unit.HARI")).isEqualTo("1 hari");
		assertThat(counts.of(new BigDecimal("2.5"), "unit.HARI")).isEqualTo("2,5 hari");
	}

	/** Every plural message of both files parses and formats for one and for many. */
	@Test
	void everyPluralMessageFormatsForOneAndMany() throws IOException {
		for (String file : new String[] { "messages.properties", "messages_en.properties" }) {
			Locale locale = file.contains("_en") ? EN : ID;
			Properties properties = new Properties();
			try (var in = new InputStreamReader(new ClassPathResource(file).getInputStream(), StandardCharsets.UTF_8)) {
				properties.load(in);
			}
			int plurals = 0;
			for (String key : properties.stringPropertyNames()) {
				String pattern = properties.getProperty(key);
				if (!pattern.contains("plural,")) {
					continue;
				}
				plurals++;
				for (long n : new long[] { 1, 5 }) {
					Object[] args = { n, String.valueOf(n), n, n, n };
					assertThat(messages.format(pattern, locale, args)).as(key + " in " + file).doesNotContain("{");
				}
			}
			assertThat(plurals).as(file).isGreaterThan(30);
		}
	}

	private String message(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private static IcuMessageSource messageSource() {
		IcuMessageSource source = new IcuMessageSource();
		source.setBasenames("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
