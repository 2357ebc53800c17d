package id.simitra.matching.internal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * How evenly the rankings companies looked at spread their top 10 over the UMKM (fair
 * exposure, issue 15), for the officers at /petugas/pencocokan. An impression is one UMKM
 * shown in one need's top 10 on one day.
 *
 * @param from first day counted
 * @param to last day counted
 * @param eligible UMKM that appeared anywhere in a ranking a company looked at
 * @param exposed of those, UMKM that were in a top 10 at least once
 * @param impressions top-10 impressions
 * @param withoutPartnership of those, impressions of UMKM that had never had a
 * partnership
 * @param gini Gini coefficient of top-10 impressions among the eligible UMKM: 0 when
 * every one had as many, towards 1 when a few had them all; null without impressions
 */
public record ExposureFairness(LocalDate from, LocalDate to, long eligible, long exposed, long impressions,
		long withoutPartnership, @Nullable Double gini) {

	/** Share of the eligible UMKM that were in a top 10 at least once, 0..100. */
	public long exposedPercent() {
		return this.eligible == 0 ? 0 : Math.round(100.0 * this.exposed / this.eligible);
	}

	/** Share of top-10 impressions that went to UMKM without any partnership, 0..100. */
	public long withoutPartnershipPercent() {
		return this.impressions == 0 ? 0 : Math.round(100.0 * this.withoutPartnership / this.impressions);
	}

	/**
	 * The Gini coefficient of counts given as n, Σx and Σ(i·x) over the counts sorted
	 * ascending (i from 1): G = 2·Σ(i·x) / (n·Σx) − (n + 1) / n.
	 */
	static @Nullable Double gini(long n, long total, long weighted) {
		if (n == 0 || total == 0) {
			return null;
		}
		return 2.0 * weighted / ((double) n * total) - (n + 1.0) / n;
	}

}
