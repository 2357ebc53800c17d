package id.simitra.offer.internal;

import java.util.List;

/**
 * A required certificate group of a need that the UMKM does not meet, as its need page,
 * offer form and the company's pages list it: each alternative (one for a plain required
 * kind; several for "P-IRT or BPOM", issue 15) with the kind's name in the reader's
 * language and the message key of why (missing, expired, waiting for verification).
 */
public record RequiredCertificateGap(List<Alternative> alternatives) {

	public RequiredCertificateGap {
		alternatives = List.copyOf(alternatives);
	}

	public record Alternative(String label, String messageKey) {
	}

}
