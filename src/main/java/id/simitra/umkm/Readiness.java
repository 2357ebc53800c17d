package id.simitra.umkm;

import java.util.List;

import id.simitra.umkm.internal.ReadinessItem;

/**
 * How ready an UMKM is to supply large companies ("siap naik kelas"): a score from 0 to
 * 100 and the items that apply to it, done or not. Weights are in {@link ReadinessItem}.
 */
public record Readiness(int score, List<Check> items) {

	public List<Check> missing() {
		return items.stream().filter(c -> !c.done()).toList();
	}

	public boolean complete() {
		return items.stream().allMatch(Check::done);
	}

	/**
	 * {@code pending}: not done, but a certificate for it was submitted and waits for an
	 * officer (the page says "menunggu verifikasi" instead of how to get one).
	 */
	public record Check(ReadinessItem item, boolean done, boolean pending) {
	}

	/**
	 * The score over the items that apply: the share of their weight that is done,
	 * rounded.
	 */
	static Readiness of(List<Check> items) {
		int total = items.stream().mapToInt(c -> c.item().weight()).sum();
		int done = items.stream().filter(Check::done).mapToInt(c -> c.item().weight()).sum();
		return new Readiness(total == 0 ? 0 : Math.round(100f * done / total), List.copyOf(items));
	}

}
