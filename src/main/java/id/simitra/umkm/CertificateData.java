package id.simitra.umkm;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A validated certificate, ready for the service: number normalized and checked against
 * its kind, expiry present when the kind has one, issue date present when the kind's
 * document shows one (not NPWP). {@code document} is null when an edit keeps the current
 * file.
 */
public record CertificateData(String typeCode, String number, @Nullable LocalDate issuedOn,
		@Nullable LocalDate expiresOn, String issuer, @Nullable NewDocument document) {
}
