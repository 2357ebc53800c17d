package id.simitra.directory.internal;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

import id.simitra.reference.SizeClass;
import id.simitra.reference.Unit;

/**
 * Directory filters, already checked against the reference data (unknown values are
 * dropped by the controller). Blank or null means "any".
 */
public record DirectoryQuery(@Nullable String q, @Nullable String province, @Nullable String regency,
		@Nullable String kbli, @Nullable SizeClass sizeClass, List<String> certificates, boolean verifiedOnly,
		@Nullable BigDecimal minCapacity, @Nullable Unit capacityUnit, @Nullable Sort sort,
		@Nullable String nearRegency, int page) {

	public enum Sort {

		RELEVANCE, DISTANCE, NEWEST

	}

	public DirectoryQuery {
		certificates = certificates == null ? List.of() : List.copyOf(certificates);
		page = Math.max(page, 0);
	}

	public static DirectoryQuery text(@Nullable String q, int page) {
		return new DirectoryQuery(q, null, null, null, null, List.of(), false, null, null, null, null, page);
	}

	public boolean hasText() {
		return q != null && !q.isBlank();
	}

	/**
	 * Relevance needs words to rank by, distance needs a regency to measure from;
	 * otherwise newest first.
	 */
	public Sort effectiveSort() {
		if (sort == Sort.DISTANCE && nearRegency != null) {
			return Sort.DISTANCE;
		}
		if (sort == Sort.NEWEST || !hasText()) {
			return Sort.NEWEST;
		}
		return Sort.RELEVANCE;
	}

}
