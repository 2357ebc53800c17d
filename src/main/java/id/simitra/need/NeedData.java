package id.simitra.need;

import java.math.BigDecimal;
import java.time.LocalDate;

import id.simitra.shared.PartnershipPattern;
import id.simitra.shared.Unit;

public record NeedData(String title, String description, String kbliCode, BigDecimal quantity, Unit unit,
		String regencyCode, LocalDate deadline, PartnershipPattern pattern) {
}
