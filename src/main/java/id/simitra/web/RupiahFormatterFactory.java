package id.simitra.web;

import java.text.ParseException;
import java.util.Locale;
import java.util.Set;

import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Formatter;
import org.springframework.format.Parser;
import org.springframework.format.Printer;

import id.simitra.shared.Rupiah;

class RupiahFormatterFactory implements AnnotationFormatterFactory<Rupiah> {

	private static final Formatter<Long> FORMATTER = new Formatter<>() {

		@Override
		public Long parse(String text, Locale locale) throws ParseException {
			String digits = text.replaceAll("(?i)rp|[\\s.,]", "");
			if (digits.isEmpty()) {
				return null;
			}
			if (!digits.matches("[0-9]{1,18}")) {
				throw new ParseException(text, 0);
			}
			return Long.parseLong(digits);
		}

		@Override
		public String print(Long value, Locale locale) {
			return String.format(Locale.ROOT, "%,d", value).replace(',', '.');
		}
	};

	@Override
	public Set<Class<?>> getFieldTypes() {
		return Set.of(Long.class, long.class);
	}

	@Override
	public Printer<?> getPrinter(Rupiah annotation, Class<?> fieldType) {
		return FORMATTER;
	}

	@Override
	public Parser<?> getParser(Rupiah annotation, Class<?> fieldType) {
		return FORMATTER;
	}

}
