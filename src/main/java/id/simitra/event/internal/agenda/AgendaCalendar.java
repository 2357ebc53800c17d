package id.simitra.event.internal.agenda;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A participant's agenda as an iCalendar file (RFC 5545) for the phone's calendar: one
 * event per meeting, its times in the venue's zone (a VTIMEZONE with the zone's fixed
 * offset: Indonesia has no daylight saving), so a calendar set to another zone still
 * shows the right moment.
 */
@Component
public class AgendaCalendar {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

	private final MessageSource messages;

	private final Clock clock;

	private final String baseUrl;

	AgendaCalendar(MessageSource messages, Clock clock, @Value("${simitra.base-url}") String baseUrl) {
		this.messages = messages;
		this.clock = clock;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** The calendar text, lines ending in CRLF. */
	public String write(Agenda agenda, Locale locale) {
		EventDetails e = agenda.event();
		String zone = e.zone().getId();
		ZoneOffset offset = e.zone().getRules().getOffset(e.date().atStartOfDay());
		String host = this.baseUrl.replaceFirst("^https?://", "").replaceFirst("[:/].*$", "");
		StringBuilder out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//Simitra//Agenda temu bisnis//ID");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "METHOD:PUBLISH");
		line(out, "X-WR-CALNAME:" + escape(e.name()));
		line(out, "BEGIN:VTIMEZONE");
		line(out, "TZID:" + zone);
		line(out, "BEGIN:STANDARD");
		line(out, "DTSTART:19700101T000000");
		line(out, "TZOFFSETFROM:" + offset(offset));
		line(out, "TZOFFSETTO:" + offset(offset));
		line(out, "TZNAME:" + e.zoneName());
		line(out, "END:STANDARD");
		line(out, "END:VTIMEZONE");
		String stamp = LocalDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC).format(LOCAL) + "Z";
		for (AgendaItem item : agenda.items()) {
			line(out, "BEGIN:VEVENT");
			line(out, "UID:simitra-acara-" + e.id() + "-pertemuan-" + item.meetingId() + "@" + host);
			line(out, "DTSTAMP:" + stamp);
			line(out, "DTSTART;TZID=" + zone + ":" + e.date().atTime(item.startsAt()).format(LOCAL));
			line(out, "DTEND;TZID=" + zone + ":" + e.date().atTime(item.endsAt()).format(LOCAL));
			line(out, "SUMMARY:" + escape(this.messages.getMessage("agenda.ics.summary",
					new Object[] { item.partnerName(), item.needTitle() }, locale)));
			line(out, "LOCATION:" + escape(
					this.messages.getMessage("agenda.ics.location", new Object[] { e.venue(), item.table() }, locale)));
			line(out, "DESCRIPTION:" + escape(this.messages.getMessage("agenda.ics.description",
					new Object[] { e.name(), item.table(), item.needTitle() }, locale)));
			line(out, "URL:" + this.baseUrl + "/acara/" + e.id() + "/agenda");
			line(out, "END:VEVENT");
		}
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	private static String offset(ZoneOffset offset) {
		return offset.getId().equals("Z") ? "+0000" : offset.getId().replace(":", "");
	}

	/** TEXT values: backslash, semicolon, comma and line breaks escaped. */
	static String escape(String text) {
		return text.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n")
			.replace("\r", "\\n");
	}

	/** A content line, folded at 75 octets (UTF-8, never inside a character). */
	private static void line(StringBuilder out, String content) {
		int octets = 0;
		int limit = 75;
		for (int i = 0; i < content.length();) {
			int cp = content.codePointAt(i);
			int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				out.append("\r\n ");
				octets = 1;
				limit = 75;
			}
			out.appendCodePoint(cp);
			octets += size;
			i += Character.charCount(cp);
		}
		out.append("\r\n");
	}

}
