package id.simitra.offer.internal;

/**
 * A required certificate of a need that the UMKM lacks, as its need page and offer form
 * list it: the kind's name in the reader's language and the message key of why (missing,
 * expired, waiting for verification).
 */
public record RequiredCertificateGap(String label, String messageKey) {
}
