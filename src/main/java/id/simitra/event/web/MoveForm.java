package id.simitra.event.web;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

import id.simitra.platform.FormInput;

/**
 * Where the officer moves a meeting: a slot of the event, a table number, and the
 * meeting's version the page showed.
 */
public record MoveForm(@Nullable String slotId, @Nullable String table, @Nullable String version) {

	/** The slot, or null with the reason in {@code errors}. */
	@Nullable Long toSlot(BindingResult errors) {
		Long slot = whole(slotId());
		if (slot == null) {
			errors.rejectValue("slotId", "validation.choice");
		}
		return slot;
	}

	/** The table (1 or more), or null with the reason in {@code errors}. */
	@Nullable Integer toTable(BindingResult errors) {
		Long number = whole(table());
		if (number == null || number < 1 || number > 500) {
			errors.rejectValue("table", "schedule.move.tableInvalid");
			return null;
		}
		return number.intValue();
	}

	@Nullable Long toVersion() {
		return FormInput.version(version());
	}

	private static @Nullable Long whole(@Nullable String raw) {
		if (raw == null || !raw.strip().matches("\\d{1,9}")) {
			return null;
		}
		return Long.valueOf(raw.strip());
	}

}
