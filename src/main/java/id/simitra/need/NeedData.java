package id.simitra.need;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import id.simitra.reference.PartnershipPattern;
import id.simitra.reference.Unit;

public record NeedData(String title, String description, String kbliCode, BigDecimal quantity, Unit unit,
		String regencyCode, LocalDate deadline, PartnershipPattern pattern, CertificateRequirements certificates) {

	public NeedData {
		certificates = certificates == null ? CertificateRequirements.NONE : certificates;
	}

	/**
	 * Certificates as a flat list: true = required (each kind on its own), false =
	 * preferred (see {@link CertificateRequirements#of}).
	 */
	public NeedData(String title, String description, String kbliCode, BigDecimal quantity, Unit unit,
			String regencyCode, LocalDate deadline, PartnershipPattern pattern, Map<String, Boolean> certificates) {
		this(title, description, kbliCode, quantity, unit, regencyCode, deadline, pattern,
				CertificateRequirements.of(certificates));
	}

	/** A need that asks for no certificate. */
	public NeedData(String title, String description, String kbliCode, BigDecimal quantity, Unit unit,
			String regencyCode, LocalDate deadline, PartnershipPattern pattern) {
		this(title, description, kbliCode, quantity, unit, regencyCode, deadline, pattern,
				CertificateRequirements.NONE);
	}

}
