package id.simitra.need;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import id.simitra.reference.PartnershipPattern;
import id.simitra.reference.Unit;

public record NeedData(String title, String description, String kbliCode, BigDecimal quantity, Unit unit,
		String regencyCode, LocalDate deadline, PartnershipPattern pattern, Map<String, Boolean> certificates) {

	public NeedData {
		certificates = certificates == null ? Map.of() : Map.copyOf(certificates);
	}

	/** A need that asks for no certificate. */
	public NeedData(String title, String description, String kbliCode, BigDecimal quantity, Unit unit,
			String regencyCode, LocalDate deadline, PartnershipPattern pattern) {
		this(title, description, kbliCode, quantity, unit, regencyCode, deadline, pattern, Map.of());
	}

}
