package id.simitra.need;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import id.simitra.need.internal.NeedStatus;
import id.simitra.reference.PartnershipPattern;
import id.simitra.reference.Unit;

public record NeedView(Long id, Long companyId, String title, String description, String kbliCode, String kbliLabel,
		BigDecimal quantity, Unit unit, BigDecimal quantityBase, String regencyCode, String regencyName,
		LocalDate deadline, PartnershipPattern pattern, NeedStatus status, Map<String, Boolean> certificates,
		Instant createdAt, long version) {

	public List<String> requiredCertificates() {
		return certificates.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).sorted().toList();
	}

	public List<String> preferredCertificates() {
		return certificates.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).sorted().toList();
	}

	public boolean isOpen() {
		return status == NeedStatus.OPEN;
	}

}
