package id.simitra.need;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import id.simitra.need.internal.NeedStatus;
import id.simitra.reference.PartnershipPattern;
import id.simitra.reference.Unit;

public record NeedView(Long id, Long companyId, String title, String description, String kbliCode, String kbliLabel,
		BigDecimal quantity, Unit unit, BigDecimal quantityBase, String regencyCode, String regencyName,
		LocalDate deadline, PartnershipPattern pattern, NeedStatus status, CertificateRequirements certificates,
		Instant createdAt, long version) {

	public boolean isOpen() {
		return status == NeedStatus.OPEN;
	}

}
