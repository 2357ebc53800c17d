package id.simitra.umkm;

import org.jspecify.annotations.Nullable;

/**
 * A Diskop UKM officer verified or rejected a certificate (with the reason when
 * rejecting); the notification module tells the UMKM's owner.
 *
 * @param typeCode the kind's code (HALAL, PIRT, ...), the same in every language
 */
public record CertificateReviewed(Long certificateId, Long umkmId, String typeCode, String number, boolean verified,
		@Nullable String reason) {
}
