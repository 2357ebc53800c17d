package id.simitra.matching.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The promises of the daily rotation of near-ties (docs/matching.md "Fair exposure").
 */
class NearTiesTest {

	record C(String name, double score) {
	}

	/** A clear leader, twelve tied candidates, a clear tail. */
	static final List<C> RANKED = ranked();

	static List<C> ranked() {
		List<C> list = new ArrayList<>();
		list.add(new C("leader", 80));
		for (int i = 1; i <= 12; i++) {
			// within one point of the group's best (70), some a little lower
			list.add(new C("tied" + i, 70 - (i % 3) * 0.4));
		}
		list.add(new C("tail", 60));
		list.sort((a, b) -> Double.compare(b.score(), a.score()));
		return List.copyOf(list);
	}

	@Test
	void withinAMonthEveryNearTieIsInTheTopTenAndTheOrderChangesByDay() {
		Set<String> inTopTen = new HashSet<>();
		Set<List<C>> orders = new HashSet<>();
		for (long day = 20_000; day < 20_030; day++) {
			List<C> order = NearTies.rotate(RANKED, C::score, 1.0, day);
			orders.add(order);
			order.subList(0, 10).forEach(c -> inTopTen.add(c.name()));
			assertThat(order.get(0).name()).as("nobody 10 points below overtakes the leader").isEqualTo("leader");
			assertThat(order.get(order.size() - 1).name()).isEqualTo("tail");
			assertThat(order).containsExactlyInAnyOrderElementsOf(RANKED);
		}
		for (int i = 1; i <= 12; i++) {
			assertThat(inTopTen).contains("tied" + i);
		}
		assertThat(orders).hasSize(12);
		// Without the rotation three of the twelve would never be seen.
		assertThat(RANKED.subList(0, 10)).extracting(C::name).doesNotContain("tied5", "tied8", "tied11");
	}

	@Test
	void nobodyMovesAboveACandidateMoreThanTheBandBetter() {
		List<C> list = List.of(new C("a", 50), new C("b", 49.5), new C("c", 49.0), new C("d", 48.9), new C("e", 48.4),
				new C("f", 47.0));
		for (long day = 0; day < 10; day++) {
			List<C> order = NearTies.rotate(list, C::score, 1.0, day);
			for (int i = 0; i < order.size(); i++) {
				for (int j = i + 1; j < order.size(); j++) {
					assertThat(order.get(j).score() - order.get(i).score())
						.as("%s above %s on day %d", order.get(i), order.get(j), day)
						.isLessThanOrEqualTo(1.0 + 1e-9);
				}
			}
		}
		// groups are measured from their best member, not chained: a, b, c (within 1 of
		// 50); then d, e (within 1 of 48.9); then f
		assertThat(NearTies.rotate(list, C::score, 1.0, 1)).extracting(C::name)
			.containsExactly("b", "c", "a", "e", "d", "f");
	}

	@Test
	void oneDayGivesOneOrderAndABandOfZeroChangesNothing() {
		assertThat(NearTies.rotate(RANKED, C::score, 1.0, 20_005))
			.isEqualTo(NearTies.rotate(RANKED, C::score, 1.0, 20_005));
		assertThat(NearTies.rotate(RANKED, C::score, 0, 20_005)).isEqualTo(RANKED);
	}

}
