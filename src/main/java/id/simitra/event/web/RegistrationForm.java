package id.simitra.event.web;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import id.simitra.event.internal.setup.RegistrationChoices;

/**
 * A registration as ticked: needs (company) or products (UMKM), sessions, and a company's
 * number of tables at once. The ids arrive as text, like every field of the portal's
 * forms (docs/platform.md): a value that is no id (a tampered form, a control character)
 * is dropped here and the rules then say what is missing, instead of a binding failure
 * that leaves no form to show again.
 */
public record RegistrationForm(@Nullable List<String> needIds, @Nullable List<String> productIds,
		@Nullable List<String> sessionIds, @Nullable String parallelTables) {

	/** The earlier registration's choices, or everything ticked for a first one. */
	static RegistrationForm of(RegistrationChoices c) {
		RegistrationChoices.Existing e = c.existing();
		if (e == null) {
			return new RegistrationForm(ids(c.needs()), ids(c.products()), ids(c.sessions()), "1");
		}
		return new RegistrationForm(text(e.needIds()), text(e.productIds()), text(e.sessionIds()),
				String.valueOf(e.parallelTables()));
	}

	List<Long> needs() {
		return numbers(needIds());
	}

	List<Long> products() {
		return numbers(productIds());
	}

	List<Long> sessions() {
		return numbers(sessionIds());
	}

	/** The number typed, or 0 (refused by the rules) when it is no number. */
	int tables() {
		String raw = parallelTables();
		return raw != null && raw.strip().matches("[0-9]{1,3}") ? Integer.parseInt(raw.strip()) : 0;
	}

	/** Whether this id is ticked (for the check boxes). */
	public boolean ticked(String list, long id) {
		List<Long> ids = switch (list) {
			case "needIds" -> needs();
			case "productIds" -> products();
			default -> sessions();
		};
		return ids.contains(id);
	}

	private static List<String> ids(List<RegistrationChoices.Option> options) {
		return options.stream().map(o -> String.valueOf(o.id())).toList();
	}

	private static List<String> text(Collection<Long> ids) {
		return ids.stream().map(String::valueOf).toList();
	}

	private static List<Long> numbers(@Nullable List<String> raw) {
		if (raw == null) {
			return List.of();
		}
		return raw.stream()
			.map(String::strip)
			.filter(v -> v.matches("[0-9]{1,18}"))
			.map(Long::valueOf)
			.distinct()
			.toList();
	}

}
