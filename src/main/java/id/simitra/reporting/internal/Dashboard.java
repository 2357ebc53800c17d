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
 * @param stages the UMKM of the area at each stage of the funnel, with conversion rates,
 * in total and per regency and KBLI section (issue 16)
 */
public record Dashboard(ReportFilter filter, long registered, long newInPeriod, long verified, long umkmWithApproved,
		@Nullable BigDecimal sharePercent, long approvedPartnerships, long contractValue, BarChart bySizeClass,
		BarChart byPattern, BarChart bySection, BarChart byRegency, List<String> regenciesWithout, Funnel funnel,
		BarChart funnelChart, @Nullable BigDecimal medianDays, long decisions, FollowUp followUp, Stages stages) {

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

	/**
	 * A stage of the UMKM funnel (issue 16). Each counts distinct UMKM of the area that
	 * reached it during the period (definitions in docs/reporting.md). {@code chained}:
	 * the stage follows the one before it in the chain, so a conversion rate from it
	 * makes sense; "met at an event" is a route beside the ranking and has none.
	 */
	public enum Stage {

		RANKED(0, true), MET_AT_EVENT(1, false), INVITED(2, true), OFFERED(3, true), PROPOSED(4, true),
		APPROVED(5, true), COMPLETED(6, true);

		/** The stage's number in ReportService's SQL and its place in the counts. */
		private final int position;

		private final boolean chained;

		Stage(int position, boolean chained) {
			this.position = position;
			this.chained = chained;
		}

		public int position() {
			return position;
		}

		public boolean chained() {
			return chained;
		}

		/** Whether a conversion rate from the previous chained stage is shown. */
		public boolean hasRate() {
			return chained && StageRow.previous(this) != null;
		}

		static Stage at(int position) {
			for (Stage s : values()) {
				if (s.position == position) {
					return s;
				}
			}
			throw new IllegalArgumentException("no stage " + position);
		}

		public String messageKey() {
			return "report.stages." + name().toLowerCase(java.util.Locale.ROOT).replace("_", "");
		}

	}

	/**
	 * The counts of one row (the whole area, a regency or a KBLI section), in
	 * {@link Stage} order.
	 *
	 * @param label the regency's name or "C — Industri Pengolahan"; empty for the total
	 */
	public record StageRow(String label, List<Long> counts) {

		public StageRow {
			counts = List.copyOf(counts);
		}

		public long count(Stage stage) {
			return counts.get(stage.position());
		}

		/**
		 * The share of the previous chained stage that reached this one, in whole per
		 * cent; null for the first stage, for "met at an event", and when the previous
		 * stage is 0 (shown as "–").
		 */
		public @Nullable Long rate(Stage stage) {
			Stage previous = previous(stage);
			if (previous == null || count(previous) == 0) {
				return null;
			}
			return BigDecimal.valueOf(count(stage) * 100)
				.divide(BigDecimal.valueOf(count(previous)), 0, java.math.RoundingMode.HALF_UP)
				.longValue();
		}

		public boolean isEmpty() {
			return counts.stream().allMatch(c -> c == 0);
		}

		static @Nullable Stage previous(Stage stage) {
			if (!stage.chained()) {
				return null;
			}
			Stage previous = null;
			for (Stage s : Stage.values()) {
				if (s.chained() && s.position() < stage.position()
						&& (previous == null || s.position() > previous.position())) {
					previous = s;
				}
			}
			return previous;
		}

	}

	/**
	 * The funnel by UMKM: the area's total, then one row per regency of the area (all of
	 * them, also those with none) and per KBLI section with at least one UMKM at a stage.
	 */
	public record Stages(StageRow total, List<StageRow> byRegency, List<StageRow> bySection) {

		public Stages {
			byRegency = List.copyOf(byRegency);
			bySection = List.copyOf(bySection);
		}

		public List<Stage> stages() {
			return List.of(Stage.values());
		}

	}

}
