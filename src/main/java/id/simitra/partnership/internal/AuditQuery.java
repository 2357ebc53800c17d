package id.simitra.partnership.internal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import id.simitra.partnership.PartnershipStatus;

/**
 * The officers' audit search, already read: {@code name} matches UMKM or company names
 * (part of a name, any case), {@code status} the status a step led to (edits and ratings
 * made while in it are left out); dates are WIB calendar days, both included. Null: no
 * filter.
 */
public record AuditQuery(@Nullable String name, @Nullable PartnershipStatus status, @Nullable LocalDate from,
		@Nullable LocalDate to) {
}
