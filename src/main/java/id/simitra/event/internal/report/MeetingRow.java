package id.simitra.event.internal.report;

import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/**
 * One meeting of the event report: when, who, both sides' outcomes and notes, and what
 * followed (an invitation, an offer, the partnership proposed from it and its value).
 */
public record MeetingRow(long id, LocalTime startsAt, int table, String companyName, String needTitle, String umkmName,
		@Nullable String sizeClass, String regencyCode, String regencyName, String status,
		@Nullable String companyOutcome, @Nullable String companyNote, @Nullable String umkmOutcome,
		@Nullable String umkmNote, boolean invited, boolean offered, @Nullable String partnershipStatus,
		@Nullable Long partnershipValue) {
}
