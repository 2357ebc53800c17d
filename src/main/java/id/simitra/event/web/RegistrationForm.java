package id.simitra.event.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import id.simitra.event.internal.setup.RegistrationChoices;

/**
 * A registration as ticked: needs (company) or products (UMKM), sessions, and a company's
 * number of tables at once.
 */
public record RegistrationForm(@Nullable List<Long> needIds, @Nullable List<Long> productIds,
		@Nullable List<Long> sessionIds, @Nullable String parallelTables) {

	/** The earlier registration's choices, or everything ticked for a first one. */
	static RegistrationForm of(RegistrationChoices c) {
		RegistrationChoices.Existing e = c.existing();
		if (e == null) {
			return new RegistrationForm(ids(c.needs()), ids(c.products()), ids(c.sessions()), "1");
		}
		return new RegistrationForm(List.copyOf(e.needIds()), List.copyOf(e.productIds()), List.copyOf(e.sessionIds()),
				String.valueOf(e.parallelTables()));
	}

	List<Long> needs() {
		return needIds() == null ? List.of() : needIds();
	}

	List<Long> products() {
		return productIds() == null ? List.of() : productIds();
	}

	List<Long> sessions() {
		return sessionIds() == null ? List.of() : sessionIds();
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

	private static List<Long> ids(List<RegistrationChoices.Option> options) {
		return options.stream().map(RegistrationChoices.Option::id).toList();
	}

}
