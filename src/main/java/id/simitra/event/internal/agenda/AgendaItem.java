package id.simitra.event.internal.agenda;

import java.time.LocalTime;

/**
 * One meeting on a participant's agenda (or on a table's plan): when, where, with whom,
 * about which need.
 *
 * @param partnerName the other side (the UMKM for a company, the company for an UMKM; on
 * a table plan the company)
 * @param otherName on a table plan the UMKM; on an agenda the same as partnerName
 */
public record AgendaItem(long meetingId, LocalTime startsAt, LocalTime endsAt, int table, String partnerName,
		String otherName, String needTitle, String status) {
}
