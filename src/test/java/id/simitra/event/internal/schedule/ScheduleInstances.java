package id.simitra.event.internal.schedule;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generated business-matching days for the scheduler's tests and bench/scheduler.sh. The
 * shape follows a temu bisnis: needs fall into sectors (KBLI groups) of uneven
 * popularity, a UMKM fits some needs of its own sector, scores cluster around 60, about
 * one pair in ten was requested and accepted, and some people miss a session.
 */
public final class ScheduleInstances {

	/**
	 * The sizes of a day.
	 *
	 * @param umkm registered UMKM
	 * @param companies companies
	 * @param needs needs (each company has at least one)
	 * @param sessions sessions
	 * @param slotsPerSession slots in each session
	 * @param tables tables in each slot
	 * @param sectors sectors the needs and UMKM fall into
	 * @param maxMeetingsPerUmkm K
	 */
	public record Size(int umkm, int companies, int needs, int sessions, int slotsPerSession, int tables, int sectors,
			int maxMeetingsPerUmkm) {
	}

	/**
	 * The issue's benchmark day: 400 UMKM, 40 companies with 60 needs, 2 × 9 slots × 30
	 * tables.
	 */
	public static final Size BENCHMARK = new Size(400, 40, 60, 2, 9, 30, 12, 4);

	private ScheduleInstances() {
	}

	/**
	 * A generated day.
	 * @param size its sizes
	 * @param seed the random seed
	 * @return the problem
	 */
	public static ScheduleProblem generate(Size size, long seed) {
		Random random = new Random(seed);
		List<ScheduleProblem.Slot> slots = new ArrayList<>();
		for (int session = 1; session <= size.sessions(); session++) {
			for (int slot = 1; slot <= size.slotsPerSession(); slot++) {
				slots.add(new ScheduleProblem.Slot(session * 100L + slot, session, size.tables()));
			}
		}
		List<ScheduleProblem.Company> companies = new ArrayList<>();
		for (int c = 1; c <= size.companies(); c++) {
			double draw = random.nextDouble();
			int staff = draw < 0.7 ? 1 : draw < 0.95 ? 2 : 3;
			companies.add(new ScheduleProblem.Company(c, staff, missedSession(random, size.sessions(), 0.05)));
		}
		List<ScheduleProblem.Need> needs = new ArrayList<>();
		List<Integer> needSector = new ArrayList<>();
		for (int n = 1; n <= size.needs(); n++) {
			long company = n <= size.companies() ? n : 1 + random.nextInt(size.companies());
			needs.add(new ScheduleProblem.Need(n, company));
			needSector.add(sector(random, size.sectors()));
		}
		List<ScheduleProblem.Umkm> umkm = new ArrayList<>();
		List<ScheduleProblem.Candidate> candidates = new ArrayList<>();
		for (int u = 1; u <= size.umkm(); u++) {
			umkm.add(new ScheduleProblem.Umkm(u, missedSession(random, size.sessions(), 0.10)));
			int sector = sector(random, size.sectors());
			for (int n = 0; n < needs.size(); n++) {
				if (needSector.get(n) == sector && random.nextDouble() < 0.7) {
					int score = (int) Math.round(Math.max(5, Math.min(100, 60 + 15 * random.nextGaussian())));
					candidates
						.add(new ScheduleProblem.Candidate(needs.get(n).id(), u, score, random.nextDouble() < 0.1));
				}
			}
		}
		return new ScheduleProblem(slots, companies, needs, umkm, candidates, List.of(), size.maxMeetingsPerUmkm());
	}

	/**
	 * The most UMKM any schedule can give a meeting (locked meetings aside): a maximum
	 * flow from the UMKM (one unit each) through their candidate pairs to the company's
	 * staff in a slot both attend (staff units) and on to the slot's tables. It is the
	 * bound the fairness objective is measured against.
	 * @param problem the day
	 * @return the number of UMKM
	 */
	public static int mostUmkmReachable(ScheduleProblem problem) {
		Map<Long, ScheduleProblem.Company> companies = new HashMap<>();
		problem.companies().forEach(c -> companies.put(c.id(), c));
		Map<Long, ScheduleProblem.Company> companyOfNeed = new HashMap<>();
		problem.needs().forEach(n -> companyOfNeed.put(n.id(), companies.get(n.companyId())));
		Map<Long, ScheduleProblem.Umkm> umkm = new HashMap<>();
		problem.umkm().forEach(u -> umkm.put(u.id(), u));
		// Nodes: 0 source, 1 sink, then UMKM, company × slot, slots.
		Map<Object, Integer> nodes = new HashMap<>();
		Flow flow = new Flow();
		for (ScheduleProblem.Slot slot : problem.slots()) {
			flow.add(node(nodes, flow, "slot" + slot.id()), 1, slot.tables());
		}
		for (ScheduleProblem.Candidate candidate : problem.candidates()) {
			ScheduleProblem.Company company = companyOfNeed.get(candidate.needId());
			int u = node(nodes, flow, "umkm" + candidate.umkmId());
			for (ScheduleProblem.Slot slot : problem.slots()) {
				if (umkm.get(candidate.umkmId()).unavailableSessions().contains(slot.sessionId())
						|| company.unavailableSessions().contains(slot.sessionId())) {
					continue;
				}
				String key = "company" + company.id() + "@" + slot.id();
				boolean fresh = !nodes.containsKey(key);
				int cs = node(nodes, flow, key);
				if (fresh) {
					flow.add(cs, node(nodes, flow, "slot" + slot.id()), company.staff());
				}
				flow.add(u, cs, 1);
			}
		}
		problem.candidates()
			.stream()
			.map(ScheduleProblem.Candidate::umkmId)
			.distinct()
			.forEach(id -> flow.add(0, node(nodes, flow, "umkm" + id), 1));
		return flow.max(0, 1);
	}

	private static int node(Map<Object, Integer> nodes, Flow flow, String key) {
		return nodes.computeIfAbsent(key, k -> flow.node());
	}

	/** Edmonds-Karp maximum flow on small integer capacities. */
	private static final class Flow {

		private final List<List<int[]>> edges = new ArrayList<>(List.of(new ArrayList<>(), new ArrayList<>()));

		int node() {
			edges.add(new ArrayList<>());
			return edges.size() - 1;
		}

		/** An edge {to, capacity, index of the reverse edge}. */
		void add(int from, int to, int capacity) {
			edges.get(from).add(new int[] { to, capacity, edges.get(to).size() });
			edges.get(to).add(new int[] { from, 0, edges.get(from).size() - 1 });
		}

		int max(int source, int sink) {
			int total = 0;
			while (true) {
				int[][] via = new int[edges.size()][];
				int[] from = new int[edges.size()];
				Arrays.fill(from, -1);
				from[source] = source;
				ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(source));
				while (!queue.isEmpty() && from[sink] < 0) {
					int at = queue.poll();
					for (int[] edge : edges.get(at)) {
						if (edge[1] > 0 && from[edge[0]] < 0) {
							from[edge[0]] = at;
							via[edge[0]] = edge;
							queue.add(edge[0]);
						}
					}
				}
				if (from[sink] < 0) {
					return total;
				}
				int bottleneck = Integer.MAX_VALUE;
				for (int at = sink; at != source; at = from[at]) {
					bottleneck = Math.min(bottleneck, via[at][1]);
				}
				for (int at = sink; at != source; at = from[at]) {
					via[at][1] -= bottleneck;
					edges.get(at).get(via[at][2])[1] += bottleneck;
				}
				total += bottleneck;
			}
		}

	}

	/** Sectors of uneven popularity: sector s is drawn about twice as often as s + 4. */
	private static int sector(Random random, int sectors) {
		while (true) {
			int sector = random.nextInt(sectors);
			if (random.nextDouble() < Math.pow(0.84, sector)) {
				return sector;
			}
		}
	}

	private static Set<Long> missedSession(Random random, int sessions, double chance) {
		Set<Long> missed = new HashSet<>();
		if (sessions > 1 && random.nextDouble() < chance) {
			missed.add(1L + random.nextInt(sessions));
		}
		return missed;
	}

}
