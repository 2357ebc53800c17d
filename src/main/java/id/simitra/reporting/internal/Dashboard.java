package id.simitra.reporting.internal;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

import id.simitra.platform.BarChart;

/**
 * The figures of the officer dashboard for one area and period. Definitions are in
 * docs/reporting.md, "Reports, exports and open data" and, one line each, on the page.
 *
 * @param registered UMKM registered in the area by the end of the period
 * @param newInPeriod of those, registered during the period
 * @param verified of those, identity-verified by the end of the period
 * @param umkmWithApproved registered UMKM with at least one approved partnership in force
 * during the period
 * @param sharePercent umkmWithApproved as a percentage of registered, one decimal; null
 * without UMKM
 * @param approvedPartnerships approved partnerships in force during the period (see
 * ReportSql)
 * @param contractValue their total contract value in rupiah
 * @param regenciesWithout names of the area's regencies with no such partnership
 * @param medianDays median days from proposal to the first decision, for proposals made
 * in the period; null when none was decided
 * @param decisions how many decided proposals the median is taken over
 * @param followUp realised value and payments of the approved partnerships (issue 16)
 */
public record Dashboard(ReportFilter filter, long registered, long newInPeriod, long verified, long umkmWithApproved,
		@Nullable BigDecimal sharePercent, long approvedPartnerships, long contractValue, BarChart bySizeClass,
		BarChart byPattern, BarChart bySection, BarChart byRegency, List<String> regenciesWithout, Funnel funnel,
		BarChart funnelChart, @Nullable BigDecimal medianDays, long decisions, FollowUp followUp) {

	/**
	 * Of the approved partnerships in force: the value of deliveries recorded for a day
	 * before the end of the period, the payments paid before it, and the payments late
	 * today (unpaid after their due date) with their total.
	 */
	public record FollowUp(long realisedValue, long paidValue, long latePayments, long lateAmount) {
	}

	/**
	 * The partnership funnel, from needs to completed partnerships. {@code metAtEvent}:
	 * UMKM of the area that held a meeting with a company at a business-matching event on
	 * a day of the period (issue 14, the event module's {@code event_meeting_held}).
	 */
	public record Funnel(long needs, long offers, long metAtEvent, long proposals, long approved, long completed) {
	}

}
