package id.simitra.event.web;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

import id.simitra.event.internal.setup.EventDetails;
import id.simitra.event.internal.setup.EventSettings;
import id.simitra.event.internal.setup.SessionTime;
import id.simitra.platform.FormInput;

/**
 * The officer's event form as typed: everything a string, so that a wrong entry comes
 * back as typed with its message. Up to three sessions (a morning, an afternoon and an
 * evening); blank ones are left out.
 */
public record EventForm(@Size(max = 200, message = "{validation.tooLong}") @Nullable String name,
		@Size(max = 4000, message = "{validation.tooLong}") @Nullable String description, @Nullable String regencyCode,
		@Size(max = 500, message = "{validation.tooLong}") @Nullable String venue, @Nullable String eventDate,
		@Nullable String sessionStart1, @Nullable String sessionEnd1, @Nullable String sessionStart2,
		@Nullable String sessionEnd2, @Nullable String sessionStart3, @Nullable String sessionEnd3,
		@Nullable String meetingMinutes, @Nullable String breakMinutes, @Nullable String tableCount,
		@Nullable String maxMeetingsPerUmkm, @Nullable String registrationOpens, @Nullable String registrationCloses,
		@Nullable String approvalRequired, @Nullable String version) {

	/** A new event's defaults: 09:00–12:00 and 13:00–16:00, 20-minute meetings, K = 4. */
	static EventForm defaults() {
		return new EventForm(null, null, null, null, null, "09:00", "12:00", "13:00", "16:00", null, null, "20", "5",
				"10", "4", null, null, null, null);
	}

	static EventForm of(EventDetails e) {
		List<EventDetails.SessionView> s = e.sessions();
		return new EventForm(e.name(), e.description(), e.regencyCode(), e.venue(), e.eventDate().toString(),
				start(s, 0), end(s, 0), start(s, 1), end(s, 1), start(s, 2), end(s, 2),
				String.valueOf(e.meetingMinutes()), String.valueOf(e.breakMinutes()), String.valueOf(e.tableCount()),
				String.valueOf(e.maxMeetingsPerUmkm()), e.registrationOpens().toString(),
				e.registrationCloses().toString(), e.approvalRequired() ? "true" : null, String.valueOf(e.version()));
	}

	/**
	 * The settings, or null with every reason in {@code errors}: required fields, numbers
	 * in their ranges, times as hh:mm, a session's end after its start. The rules between
	 * fields (overlaps, lengths, the window, tables) are the service's.
	 */
	@Nullable EventSettings toSettings(BindingResult errors) {
		String n = required(errors, "name", name());
		String regency = required(errors, "regencyCode", regencyCode());
		String v = required(errors, "venue", venue());
		var day = FormInput.date(errors, "eventDate", eventDate());
		List<SessionTime> sessions = new ArrayList<>();
		session(errors, sessions, 1, sessionStart1(), sessionEnd1());
		session(errors, sessions, 2, sessionStart2(), sessionEnd2());
		session(errors, sessions, 3, sessionStart3(), sessionEnd3());
		if (sessions.isEmpty() && !errors.hasFieldErrors("sessionStart1") && !errors.hasFieldErrors("sessionEnd1")) {
			errors.rejectValue("sessionStart1", "event.error.noSession");
		}
		Integer meeting = number(errors, "meetingMinutes", meetingMinutes(), 5, 180);
		Integer pause = number(errors, "breakMinutes", breakMinutes(), 0, 60);
		Integer tables = number(errors, "tableCount", tableCount(), 1, Integer.MAX_VALUE);
		Integer k = number(errors, "maxMeetingsPerUmkm", maxMeetingsPerUmkm(), 1, 50);
		var opens = FormInput.date(errors, "registrationOpens", registrationOpens());
		var closes = FormInput.date(errors, "registrationCloses", registrationCloses());
		if (errors.hasErrors() || n == null || regency == null || v == null || day == null || meeting == null
				|| pause == null || tables == null || k == null || opens == null || closes == null) {
			return null;
		}
		return new EventSettings(n, description() == null || description().isBlank() ? null : description().strip(),
				regency, v, day, sessions, meeting, pause, tables, k, opens, closes,
				FormInput.flag(approvalRequired()));
	}

	private static @Nullable String required(BindingResult errors, String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			if (!errors.hasFieldErrors(field)) {
				errors.rejectValue(field, "validation.required");
			}
			return null;
		}
		return value.strip();
	}

	private static void session(BindingResult errors, List<SessionTime> sessions, int number, @Nullable String start,
			@Nullable String end) {
		boolean noStart = start == null || start.isBlank();
		boolean noEnd = end == null || end.isBlank();
		if (noStart && noEnd) {
			return;
		}
		LocalTime s = time(errors, "sessionStart" + number, start);
		LocalTime e = time(errors, "sessionEnd" + number, end);
		if (s == null || e == null) {
			return;
		}
		if (!e.isAfter(s)) {
			errors.rejectValue("sessionEnd" + number, "event.error.sessionOrder");
			return;
		}
		sessions.add(new SessionTime(s, e));
	}

	private static @Nullable LocalTime time(BindingResult errors, String field, @Nullable String raw) {
		if (raw == null || raw.isBlank()) {
			errors.rejectValue(field, "validation.required");
			return null;
		}
		try {
			return LocalTime.parse(raw.strip().replace('.', ':'));
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, "event.error.time");
			return null;
		}
	}

	private static @Nullable Integer number(BindingResult errors, String field, @Nullable String raw, int min,
			int max) {
		if (raw == null || raw.isBlank()) {
			errors.rejectValue(field, "validation.required");
			return null;
		}
		String digits = raw.strip().replace(".", "");
		if (!digits.matches("[0-9]{1,6}")) {
			errors.rejectValue(field, "validation.wholeNumber");
			return null;
		}
		int value = Integer.parseInt(digits);
		if (value < min || value > max) {
			if (max == Integer.MAX_VALUE) {
				errors.rejectValue(field, "validation.positive");
			}
			else {
				errors.rejectValue(field, "event.error.range", new Object[] { min, max }, null);
			}
			return null;
		}
		return value;
	}

	private static @Nullable String start(List<EventDetails.SessionView> s, int i) {
		return i < s.size() ? s.get(i).time().starts().toString() : null;
	}

	private static @Nullable String end(List<EventDetails.SessionView> s, int i) {
		return i < s.size() ? s.get(i).time().ends().toString() : null;
	}

}
