package id.simitra.event.internal.setup;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;

import id.simitra.reference.VenueTimeZone;

/**
 * An event as its pages show it: the public page, the officer's manage page and the edit
 * form.
 *
 * @param id the event
 * @param name its name
 * @param description what it is about
 * @param provinceCode the organising province
 * @param regencyCode the venue's regency
 * @param regencyName its name
 * @param venue the address
 * @param eventDate the day (venue time)
 * @param zone the venue's zone
 * @param meetingMinutes length of a meeting
 * @param breakMinutes pause between meetings
 * @param tableCount tables
 * @param maxMeetingsPerUmkm K
 * @param registrationOpens first day of registration
 * @param registrationCloses last day of registration
 * @param approvalRequired whether UMKM registrations wait for an officer
 * @param status DRAFT, PUBLISHED, SCHEDULED, CLOSED or CANCELLED
 * @param version optimistic-locking version
 * @param sessions the sessions with their slot counts
 * @param cancelReason the officer's reason, when the event was cancelled
 */
public record EventDetails(long id, String name, @Nullable String description, String provinceCode, String regencyCode,
		String regencyName, String venue, LocalDate eventDate, ZoneId zone, int meetingMinutes, int breakMinutes,
		int tableCount, int maxMeetingsPerUmkm, LocalDate registrationOpens, LocalDate registrationCloses,
		boolean approvalRequired, String status, long version, List<SessionView> sessions,
		@Nullable String cancelReason) {

	public EventDetails {
		sessions = List.copyOf(sessions);
	}

	/** WIB, WITA or WIT. */
	public String zoneName() {
		return VenueTimeZone.ofZone(this.zone.getId()).name();
	}

	public boolean draft() {
		return "DRAFT".equals(this.status);
	}

	public boolean cancelled() {
		return "CANCELLED".equals(this.status);
	}

	/**
	 * The organiser may cancel it on this day (venue time): published (schedule out or
	 * not) and its day not passed.
	 */
	public boolean cancellableOn(LocalDate today) {
		return ("PUBLISHED".equals(this.status) || "SCHEDULED".equals(this.status)) && !today.isAfter(this.eventDate);
	}

	/**
	 * Registration takes people on this day (venue time): published, inside the window.
	 */
	public boolean registrationOpenOn(LocalDate today) {
		return "PUBLISHED".equals(this.status) && !today.isBefore(this.registrationOpens)
				&& !today.isAfter(this.registrationCloses);
	}

	/** Invitations make sense: people can see the event and the day is still ahead. */
	public boolean invitingOn(LocalDate today) {
		return ("PUBLISHED".equals(this.status) || "SCHEDULED".equals(this.status)) && !today.isAfter(this.eventDate);
	}

	public int slotCount() {
		return this.sessions.stream().mapToInt(SessionView::slots).sum();
	}

	/**
	 * A session of the event.
	 *
	 * @param id the session
	 * @param position 1, 2, ...
	 * @param time its start and end
	 * @param slots how many meeting slots it holds
	 */
	public record SessionView(long id, int position, SessionTime time, int slots) {

	}

}
