package id.simitra.umkm;

import java.time.LocalDate;

/**
 * A certificate expires within 30 days: published once per certificate and expiry date by
 * the daily job (umkm/internal/CertificateExpiryReminders); the notification module tells
 * the UMKM's owner.
 */
public record CertificateExpiring(Long certificateId, Long umkmId, String typeCode, String number,
		LocalDate expiresOn) {
}
