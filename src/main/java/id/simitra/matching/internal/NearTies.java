package id.simitra.matching.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Fair exposure (issue 15): candidates whose scores lie within a small band of each other
 * are as good as tied, yet a fixed order would show the same few of them first on every
 * reload, every day. Each such group is rotated by the day: on day d the member at
 * position k of the group (best score first) moves to position (k − d) mod size. So over
 * as many days as the group has members, every member leads the group once, and a group
 * that starts inside the top 10 brings each of its members into the top 10. The order is
 * the same for everyone all day long (one day's reloads agree) and nothing about it can
 * be bought.
 */
public final class NearTies {

	private NearTies() {
	}

	/**
	 * The list, sorted best first, with each near-tie group rotated by {@code day}. A
	 * group starts at the best candidate not yet placed and takes every following one at
	 * most {@code band} points below it, so no candidate ever moves above one more than
	 * {@code band} points better. A band of 0 or less leaves the order as it is.
	 */
	public static <T> List<T> rotate(List<T> sorted, ToDoubleFunction<T> score, double band, long day) {
		if (band <= 0 || sorted.size() < 2) {
			return sorted;
		}
		List<T> result = new ArrayList<>(sorted.size());
		int start = 0;
		while (start < sorted.size()) {
			double head = score.applyAsDouble(sorted.get(start));
			int end = start + 1;
			// a small tolerance: scores are sums of rounded points
			while (end < sorted.size() && head - score.applyAsDouble(sorted.get(end)) <= band + 1e-9) {
				end++;
			}
			int size = end - start;
			int shift = (int) Math.floorMod(day, (long) size);
			for (int i = 0; i < size; i++) {
				result.add(sorted.get(start + (i + shift) % size));
			}
			start = end;
		}
		return result;
	}

}
