package id.simitra.platform;

import java.math.BigDecimal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A quantity with its unit as a reader says it, {@code #counts.of(p.minimumOrder,
 * p.unit.messageKey())} in templates: "1 day", "2,5 days", "3 kg" in English, "1 hari" in
 * Indonesian. The unit's count form is an ICU plural message ({@code unit.HARI.count},
 * see IcuMessageSource): argument 0 chooses the plural form, argument 1 is the number as
 * Formats prints it.
 */
@Component
public class Counts {

	private final MessageSource messages;

	private final Formats formats;

	Counts(MessageSource messages, Formats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	/** {@code unitKey}: a unit's message key (Unit.messageKey()), e.g. unit.HARI. */
	public String of(Number quantity, String unitKey) {
		Number value = quantity instanceof BigDecimal decimal ? decimal.stripTrailingZeros() : quantity;
		return messages.getMessage(unitKey + ".count", new Object[] { value, formats.number(quantity) },
				LocaleContextHolder.getLocale());
	}

}
