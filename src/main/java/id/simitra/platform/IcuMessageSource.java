package id.simitra.platform;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.ibm.icu.text.MessageFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.ObjectUtils;

/**
 * messages*.properties as Spring Boot reads them, plus ICU message formats for counts:
 * {@code {0, plural, one {# day} other {# days}}} (issue 16: "Minimum order 1 days").
 * Java's own MessageFormat, which Spring uses, knows no plural rules; a message whose
 * pattern has a {@code plural}, {@code selectordinal} or {@code select} argument is
 * formatted by ICU4J with the CLDR rules of the language (English one/other, Indonesian
 * other only). Every other message is formatted exactly as before by Spring, so the
 * existing quoting ({@code ''}) and number formats stay as they were.
 *
 * <p>
 * The plural argument must be a number; a whole number written as text (a Thymeleaf
 * expression's result) is read as one.
 */
public class IcuMessageSource extends ResourceBundleMessageSource {

	private static final Pattern ICU_ARGUMENT = Pattern
		.compile("\\{\\s*\\d+\\s*,\\s*(plural|selectordinal|select)\\s*,");

	private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,18}");

	/**
	 * Parsed formats by language and pattern; a format is used by one thread at a time.
	 */
	private final Map<Locale, Map<String, MessageFormat>> formats = new ConcurrentHashMap<>();

	@Override
	protected @Nullable String getMessageInternal(@Nullable String code, Object @Nullable [] args,
			@Nullable Locale locale) {
		if (code != null && !ObjectUtils.isEmpty(args)) {
			Locale language = locale != null ? locale : Locale.getDefault();
			String pattern = resolveCodeWithoutArguments(code, language);
			if (pattern != null && ICU_ARGUMENT.matcher(pattern).find()) {
				return format(pattern, language, resolveArguments(args, language));
			}
		}
		return super.getMessageInternal(code, args, locale);
	}

	String format(String pattern, Locale language, Object[] args) {
		Object[] values = new Object[args.length];
		for (int i = 0; i < args.length; i++) {
			Object arg = args[i];
			values[i] = arg instanceof String text && WHOLE_NUMBER.matcher(text).matches() ? Long.valueOf(text) : arg;
		}
		MessageFormat format = formats.computeIfAbsent(language, l -> new ConcurrentHashMap<>())
			.computeIfAbsent(pattern, p -> new MessageFormat(p, language));
		synchronized (format) {
			return format.format(values);
		}
	}

}
