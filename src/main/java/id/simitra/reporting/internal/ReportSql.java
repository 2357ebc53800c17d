package id.simitra.reporting.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The SQL definitions the dashboard and the exports share, so that an exported list holds
 * exactly the partnerships and UMKM the figures count. Parameters: {@code :regencies}
 * (text[]), {@code :start} and {@code :end} (timestamptz: the period in WIB, end
 * exclusive), {@code :from} (the first day, a date), {@code :until} (the day after the
 * last, a date).
 *
 * <p>
 * Written against the partnership lifecycle DRAFT, PROPOSED, ACCEPTED, DECLINED,
 * SUBMITTED, RETURNED, REJECTED, APPROVED, ACTIVE, COMPLETED, TERMINATED (text column, so
 * statuses added later need no change here).
 */
final class ReportSql {

	/**
	 * Approved by the Dinas, whatever happened after: running or finished contracts count
	 * as partnerships.
	 */
	static final String APPROVED_STATUSES = "('APPROVED', 'ACTIVE', 'COMPLETED')";

	/**
	 * UMKM counted as registered: in the area and registered by the end of the period.
	 */
	static final String REGISTERED_UMKM = "u.regency_code = any(:regencies) and u.created_at < :end";

	/**
	 * When the Dinas approved a partnership: its first APPROVED event; a row without one
	 * (older data) counts from its creation. Kept on the row by partnership (V82), as are
	 * the first PROPOSED event and the first decision (APPROVED, REJECTED or RETURNED:
	 * sending back is a decision too) after it.
	 */
	static final String APPROVED_AT = "p.approved_at";

	/**
	 * A partnership in force during the period: approved by its end (whatever its status
	 * became since, as long as it is approved, running or completed) and with a contract
	 * that had not ended before the period began. A contract approved in December that
	 * starts in January counts: the UMKM is in a partnership. Needs the alias {@code p}
	 * for partnership.
	 */
	static final String APPROVED_PARTNERSHIP = "p.status in " + APPROVED_STATUSES + " and p.end_date >= :from and "
			+ APPROVED_AT + " < :end";

	/**
	 * A partnership of an UMKM of the area, by the partnership's own copy of where its
	 * UMKM is (partnership V94, kept when an UMKM moves), so that a province's figures
	 * select partnerships with an index instead of joining its UMKM (issue 12). Needs the
	 * alias {@code p}.
	 */
	static final String AREA_PARTNERSHIP = "p.umkm_regency_code = any(:regencies)";

	/**
	 * Approved partnerships in force during the period of UMKM of the area: "UMKM in a
	 * partnership", the stock the ministry's share figures describe. (Their UMKM were
	 * registered by the end of the period: a partnership is made with a registered UMKM
	 * and approved before the period's end.) Needs the alias {@code p}.
	 */
	static final String APPROVED_IN_FORCE = AREA_PARTNERSHIP + " and " + APPROVED_PARTNERSHIP;

	/**
	 * When a partnership was proposed: its first PROPOSED event; a row without one (older
	 * data) counts from its creation. Drafts are never proposals.
	 */
	static final String PROPOSED_AT = "p.proposed_at";

	private ReportSql() {
	}

	static Map<String, Object> params(ReportFilter f) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("regencies", f.regencyArray());
		params.put("start", f.start());
		params.put("end", f.end());
		params.put("from", f.from());
		params.put("until", f.to().plusDays(1));
		return params;
	}

}
