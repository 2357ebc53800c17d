package id.simitra.partnership;

import java.time.LocalDate;

/**
 * The officers' audit search, already read: {@code name} matches UMKM or company names (part of a name, any
 * case), {@code status} the status an event led to; dates are WIB calendar days, both included. Null: no filter.
 */
public record AuditQuery(String name, PartnershipStatus status, LocalDate from, LocalDate to) {
}
