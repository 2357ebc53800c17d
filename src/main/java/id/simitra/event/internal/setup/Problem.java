package id.simitra.event.internal.setup;

import java.util.List;

/**
 * A rule an event's settings break: the form field to mark, the message key and its
 * arguments (shown in the reader's language).
 *
 * @param field the form field
 * @param code the message key
 * @param args the message's arguments
 */
public record Problem(String field, String code, List<Object> args) {

	public Problem {
		args = List.copyOf(args);
	}

	static Problem of(String field, String code, Object... args) {
		return new Problem(field, code, List.of(args));
	}

}
