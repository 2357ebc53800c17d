package id.simitra.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.matching.internal.FitNeed;
import id.simitra.matching.internal.MatchInputs;
import id.simitra.matching.internal.MatchingWeights;
import id.simitra.matching.internal.NearTies;
import id.simitra.matching.internal.Scoring;
import id.simitra.matching.internal.WhyNot;
import id.simitra.need.NeedView;
import id.simitra.platform.NotFoundException;
import id.simitra.reference.SizeClass;
import id.simitra.reference.Unit;

/**
 * Ranks UMKM for a need, explains the ranking to both sides, and finds the needs that fit
 * an UMKM.
 *
 * <p>
 * Two steps, both in PostgreSQL with indexes: (1) the candidate pool: the nearest UMKM
 * registered under the need's exact KBLI subclass, the nearest under the same 4-digit
 * class (each found by walking regencies outward from the need, {@code candidatesPerTier}
 * of each), and UMKM whose products match every concept of the need, all restricted to
 * those meeting every required certificate group (verified); widened to the 3- and
 * 2-digit KBLI levels when that finds too few. (2) exact factors for the pool in one
 * set-based call ({@code match_factors}); {@link Scoring} weighs them. Nothing loads all
 * UMKM.
 */
@Service
public class MatchingService {

	// "near": codes that start with the need's code cut to :prefix digits, written as a
	// range (~>=~ / ~<~, the operators of the text_pattern_ops index) because LIKE with a
	// pattern computed in the query cannot use the index: it read ~241 k rows for a Medan
	// need at 1.2 M UMKM (issue 12). KBLI codes are digits, which all sort below '~'.
	private static final String POOL_SQL = """
			with np as (
			    select n.id, n.kbli_code, r.latitude as lat, r.longitude as lon
			    from need_summary n join region r on r.code = n.regency_code where n.id = :need
			), req as (
			    -- the need's required groups, read once (a CTE named three times is materialised)
			    select array_agg(nc.type_code) as kinds from need_requirement nc
			    where nc.need_id = :need and nc.required group by nc.requirement_group
			), rings as (
			    select r.code, km_between(r.latitude, r.longitude, np.lat, np.lon) as km
			    from region r, np where r.level <> 'province' order by 2, 1
			), exact as (
			    select x.umkm_id from rings
			    cross join lateral (select k.umkm_id from umkm_activity k, np
			                        where k.regency_code = rings.code and k.kbli_code = np.kbli_code
			                          and %1$s limit :per) x
			    limit :per
			), near as (
			    select x.umkm_id from rings
			    cross join lateral (select k.umkm_id from umkm_activity k, np
			                        where k.regency_code = rings.code
			                          and k.kbli_code ~>=~ left(np.kbli_code, :prefix)
			                          and k.kbli_code ~<~ (left(np.kbli_code, :prefix) || '~')
			                          and %1$s limit :per) x
			    limit :per
			), text as (
			    -- any matches will do (no ordering): an ordered scan would read every UMKM when few match
			    select u.id as umkm_id from umkm_listing u
			    where u.doc @@ (select m.match_all from need_match m where m.need_id = :need) and %2$s
			    limit :per
			)
			select umkm_id from exact union select umkm_id from near union select umkm_id from text
			""".formatted(requirementsMet("k.umkm_id"), requirementsMet("u.id"));

	private final JdbcClient jdbc;

	private final MatchingWeights weights;

	private final Scoring scoring;

	private final Clock clock;

	MatchingService(JdbcClient jdbc, MatchingWeights weights, MessageSource messages, Clock clock) {
		this.jdbc = jdbc;
		this.weights = weights;
		this.scoring = new Scoring(weights, messages);
		this.clock = clock;
	}

	/**
	 * An UMKM must hold, for every required group of the need, a certificate that counts
	 * (verified by an officer, not expired) of one of the group's kinds (issue 15: a
	 * group of one kind is the plain requirement); one it only submitted does not (the
	 * certificate module's rule, published as {@code umkm_valid_certificate}). The groups
	 * come from the {@code req} step, read once per query; each probe is one look-up of
	 * the verified-certificate index per kind of the group ({@code = any}).
	 */
	private static String requirementsMet(String umkmColumn) {
		return """
				not exists (select 1 from req
				            where not exists (select 1 from umkm_valid_certificate(:today) c where c.umkm_id = %s
				                              and c.type_code = any(req.kinds)))""".formatted(umkmColumn);
	}

	/** The candidate pool query (for plan inspection by the benchmark). */
	public static String poolSql() {
		return POOL_SQL;
	}

	public MatchingWeights weights() {
		return weights;
	}

	/** The top candidates for a need, as many as {@code simitra.matching.limit} (20). */
	@Transactional(readOnly = true)
	public List<Candidate> rank(Long needId) {
		return rank(needId, weights.limit());
	}

	/**
	 * The top candidates for a need the caller has already read (the company's page of
	 * the need): the same as {@link #rank(Long)}, without reading the need again.
	 */
	@Transactional(readOnly = true)
	public List<Candidate> rank(NeedView need) {
		Scoring.NeedInfo info = new Scoring.NeedInfo(need.id(), need.kbliCode(), need.quantity(), need.unit(),
				need.regencyCode(), need.deadline());
		return ranked(info, pool(need.id(), Math.max(weights.limit(), weights.candidatesPerTier())), weights.limit());
	}

	@Transactional(readOnly = true)
	public List<Candidate> rank(Long needId, int limit) {
		Scoring.NeedInfo need = need(needId);
		List<Long> pool = pool(needId, Math.max(limit, weights.candidatesPerTier()));
		return ranked(need, pool, limit);
	}

	/**
	 * Scores for chosen UMKM (e.g. those that made an offer), by UMKM id; excluded ones
	 * are included and marked. The rank in each is 0: these are not a ranking.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Candidate> scoreFor(Long needId, java.util.Collection<Long> umkmIds) {
		Map<Long, Candidate> result = new LinkedHashMap<>();
		score(need(needId), List.copyOf(umkmIds)).forEach(c -> result.put(c.umkmId(), c));
		return result;
	}

	/**
	 * One UMKM scored for chosen needs (e.g. those at a business-matching day), by need
	 * id, in two statements whatever their number: the needs, then the one set-based call
	 * of the UMKM's fitting needs ({@code match_factors_grid}). The same candidates
	 * {@link #scoreFor} gives need by need; excluded ones are included and marked,
	 * unknown needs left out.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Candidate> scoreNeeds(Long umkmId, Collection<Long> needIds) {
		return scoreNeeds(umkmId, needInfos(needIds), LocalDate.now(clock));
	}

	/**
	 * Whether each UMKM is ready for each need on a day (a business-matching day): the
	 * same factors and the same scoring as the ranking, with certificates judged on that
	 * day ({@link Readiness}). Two statements for the whole grid: the needs, then one
	 * {@code match_factors_grid} call. By need id, then UMKM id; unknown ids left out.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Map<Long, Readiness>> readiness(Collection<Long> needIds, Collection<Long> umkmIds,
			LocalDate day) {
		if (needIds.isEmpty() || umkmIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Scoring.NeedInfo> byId = new HashMap<>();
		needInfos(needIds).forEach(n -> byId.put(n.id(), n));
		if (byId.isEmpty()) {
			return Map.of();
		}
		Long[] umkm = umkmIds.toArray(Long[]::new);
		Locale locale = LocaleContextHolder.getLocale();
		RowMapper<Map.Entry<Long, Candidate>> row = (rs, i) -> {
			Scoring.NeedInfo need = Objects.requireNonNull(byId.get(rs.getLong("need_id")));
			return Map.entry(need.id(), scoring.score(MatchInputs.read(rs), need, rs.getString("business_name"),
					SizeClass.valueOf(rs.getString("size_class")), locale));
		};
		// "u.id = any" again so the planner looks the few UMKM up by id (as in score)
		List<Map.Entry<Long, Candidate>> rows = jdbc.sql("""
				select f.*, u.business_name, u.size_class
				from match_factors_grid(?, ?, ?) f join umkm_listing u on u.id = f.umkm_id
				where u.id = any(?)
				""").params(byId.keySet().toArray(Long[]::new), umkm, day, umkm).query(row).list();
		Map<Long, Map<Long, Readiness>> result = new HashMap<>();
		rows.forEach(e -> result.computeIfAbsent(e.getKey(), k -> new HashMap<>())
			.put(e.getValue().umkmId(), new Readiness(day, e.getValue())));
		return result;
	}

	/**
	 * "Why not": how this UMKM scores for the need, whether it is in the ranking and what
	 * kept it out.
	 */
	@Transactional(readOnly = true)
	public WhyNot explain(Long needId, Long umkmId) {
		Scoring.NeedInfo need = need(needId);
		Candidate own = score(need, List.of(umkmId)).stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("UMKM " + umkmId));
		int perTier = Math.max(weights.limit(), weights.candidatesPerTier());
		List<Long> pool = pool(needId, perTier);
		boolean inPool = pool.contains(umkmId);
		// Only a tier cut at its size leaves out anyone for being farther; each tier is
		// at most the whole pool, so a smaller pool had room for all.
		boolean crowded = pool.size() >= perTier;
		List<Candidate> ranking = ranked(need, pool, Integer.MAX_VALUE);
		int rank = 0;
		for (Candidate c : ranking) {
			if (c.umkmId().equals(umkmId)) {
				rank = c.rank();
			}
		}
		double cutoff = ranking.size() >= weights.limit() ? ranking.get(weights.limit() - 1).score() : 0;
		return new WhyNot(own.withRank(rank), inPool, crowded, rank, cutoff, weights.limit());
	}

	/**
	 * Open needs that fit an UMKM (same 4-digit KBLI class as one of its codes, or
	 * 3-digit when that finds few), scored the same way the companies see it, best first.
	 * Needs it cannot take part in because a required certificate is missing are
	 * included, marked, so the UMKM sees what to fix.
	 */
	@Transactional(readOnly = true)
	public List<FitNeed> needsFor(Long umkmId, int limit) {
		LocalDate today = LocalDate.now(clock);
		List<Object[]> needs = fittingNeeds(umkmId, 4, today);
		if (needs.size() < 5) {
			needs = fittingNeeds(umkmId, 3, today);
		}
		Map<Long, Candidate> scores = scoreNeeds(umkmId, needs.stream().map(n -> (Scoring.NeedInfo) n[0]).toList(),
				today);
		List<FitNeed> result = new ArrayList<>();
		for (Object[] n : needs) {
			Scoring.NeedInfo need = (Scoring.NeedInfo) n[0];
			Candidate c = scores.get(need.id());
			if (c != null) {
				result.add(new FitNeed(need.id(), (String) n[1], (String) n[2], (String) n[3], (LocalDate) n[4], c));
			}
		}
		result.sort(Comparator.comparing((FitNeed f) -> f.candidate().excluded())
			.thenComparing(f -> -f.candidate().score())
			.thenComparing(FitNeed::deadline));
		return result.size() > limit ? List.copyOf(result.subList(0, limit)) : List.copyOf(result);
	}

	/**
	 * The required groups of a need that this UMKM does not meet, each alternative with
	 * why (missing, expired, or only submitted), read from the same {@code match_factors}
	 * the ranking uses, so the UMKM's page and the company's ranking agree. Empty when it
	 * meets them all (or the UMKM does not exist).
	 */
	@Transactional(readOnly = true)
	public List<RequirementGap> requiredGaps(Long needId, Long umkmId) {
		return jdbc.sql("select * from match_factors(?, ?, ?)")
			.params(needId, new Long[] { umkmId }, LocalDate.now(clock))
			.query((rs, i) -> MatchInputs.read(rs).requiredGaps())
			.optional()
			.orElse(List.of());
	}

	/**
	 * What would make an UMKM fit more of the needs it sees: missing required
	 * certificates first.
	 */
	public List<Improvement> improvements(List<FitNeed> needs, boolean verified) {
		return improvementsOf(needs.stream().map(FitNeed::candidate).toList(), verified);
	}

	/**
	 * The same list for one UMKM's candidates for some needs (one each), e.g. the needs
	 * at a business-matching day that fit it. Whether an officer verified its identity is
	 * the candidates' own "verified" factor (the same column the UMKM's profile reads).
	 */
	public List<Improvement> improvementsOf(List<Candidate> candidates) {
		return improvementsOf(candidates, candidates.stream().anyMatch(Candidate::identityVerified));
	}

	private List<Improvement> improvementsOf(List<Candidate> candidates, boolean verified) {
		Locale locale = LocaleContextHolder.getLocale();
		// a group by its kinds (in two needs the same group may fail for different
		// reasons)
		Map<List<String>, Integer> blocking = new LinkedHashMap<>();
		for (Candidate c : candidates) {
			c.requiredGaps().forEach(g -> blocking.merge(g.typeCodes(), 1, Integer::sum));
		}
		List<Improvement> result = new ArrayList<>();
		blocking
			.forEach(
					(kinds, count) -> result
						.add(new Improvement(
								scoring.message(locale,
										kinds.size() == 1 ? "match.improve.certificate"
												: "match.improve.certificateAny",
										String.join(" / ", kinds), count),
								count)));
		long open = candidates.stream().filter(c -> !c.excluded()).count();
		if (!verified && open > 0) {
			result.add(new Improvement(
					scoring.message(locale, "match.improve.verify", Math.round(weights.weightVerified()), open),
					(int) open));
		}
		long noCapacity = candidates.stream().filter(c -> !c.excluded() && c.noCapacity()).count();
		if (noCapacity > 0) {
			result
				.add(new Improvement(scoring.message(locale, "match.improve.capacity", noCapacity), (int) noCapacity));
		}
		return result;
	}

	/**
	 * The first 200 open needs (by deadline) whose KBLI code starts like one of the
	 * UMKM's codes, cut to {@code prefix} digits. Each prefix is a range of the index on
	 * open needs' codes ({@code ~>=~ / ~<~}, as in the pool), with its own first 200, and
	 * the names are joined to those 200 only: comparing {@code left(kbli_code, prefix)}
	 * read every open need and joined all of them to their companies (~100 ms at 50 k
	 * needs, issue 12). A code shorter than the prefix matches only itself, as
	 * {@code left} did. KBLI codes are digits, which all sort below '~'.
	 */
	private List<Object[]> fittingNeeds(Long umkmId, int prefix, LocalDate today) {
		return jdbc.sql("""
				with prefixes as (
				    select left(k.kbli_code, :prefix) as p from umkm_activity k where k.umkm_id = :umkm
				    union select left(p.kbli_code, :prefix) from product_listing p where p.umkm_id = :umkm
				), fit as (
				    select n.* from prefixes x
				    cross join lateral (
				        select n.id, n.title, n.kbli_code, n.quantity, n.unit, n.regency_code, n.deadline, n.company_id
				        from need_summary n
				        where n.kbli_code ~>=~ x.p and n.kbli_code ~<~ (x.p || '~')
				          and (length(x.p) = :prefix or n.kbli_code = x.p)
				          and need_takes_offers(n.status, n.deadline, :today)
				        order by n.deadline, n.id
				        limit 200) n
				    order by n.deadline, n.id
				    limit 200
				)
				select n.id, n.title, n.kbli_code, n.quantity, n.unit, n.regency_code, n.deadline, c.name as company,
				       r.name as regency
				from fit n
				join company_summary c on c.id = n.company_id
				join region r on r.code = n.regency_code
				order by n.deadline, n.id
				""")
			.param("today", today)
			.param("prefix", prefix)
			.param("umkm", umkmId)
			.query((rs, i) -> new Object[] {
					new Scoring.NeedInfo(rs.getLong("id"), rs.getString("kbli_code"), rs.getBigDecimal("quantity"),
							Unit.valueOf(rs.getString("unit")), rs.getString("regency_code"),
							rs.getObject("deadline", LocalDate.class)),
					rs.getString("title"), rs.getString("company"), rs.getString("regency"),
					rs.getObject("deadline", LocalDate.class) })
			.list();
	}

	/** The needs of these ids that exist, in one statement. */
	private List<Scoring.NeedInfo> needInfos(Collection<Long> needIds) {
		if (needIds.isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql("select id, kbli_code, quantity, unit, regency_code, deadline from need_summary where id = any(?)")
			.param(needIds.toArray(Long[]::new))
			.query((rs, i) -> new Scoring.NeedInfo(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3),
					Unit.valueOf(rs.getString(4)), rs.getString(5), rs.getObject(6, LocalDate.class)))
			.list();
	}

	private Scoring.NeedInfo need(Long needId) {
		return jdbc.sql("select id, kbli_code, quantity, unit, regency_code, deadline from need_summary where id = ?")
			.param(needId)
			.query((rs, i) -> new Scoring.NeedInfo(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3),
					Unit.valueOf(rs.getString(4)), rs.getString(5), rs.getObject(6, LocalDate.class)))
			.optional()
			.orElseThrow(() -> new NotFoundException("Need " + needId));
	}

	/**
	 * Candidate ids: nearest per KBLI tier, then wider tiers when the need's class has
	 * few UMKM.
	 */
	private List<Long> pool(Long needId, int perTier) {
		List<Long> pool = List.of();
		for (int prefix : new int[] { 4, 3, 2 }) {
			pool = jdbc.sql(POOL_SQL)
				.param("need", needId)
				.param("per", perTier)
				.param("prefix", prefix)
				.param("today", LocalDate.now(clock))
				.query(Long.class)
				.list();
			if (pool.size() >= weights.limit()) {
				break;
			}
		}
		return pool;
	}

	private List<Candidate> ranked(Scoring.NeedInfo need, List<Long> pool, int limit) {
		List<Candidate> scored = new ArrayList<>(score(need, pool).stream().filter(c -> !c.excluded()).toList());
		scored.sort(Comparator.comparingDouble(Candidate::score)
			.reversed()
			.thenComparingDouble(c -> -c.factors().get(1).fraction())
			.thenComparing(Candidate::umkmId));
		// fair exposure: near-ties take turns, by day (each need its own turn)
		scored = NearTies.rotate(scored, Candidate::score, weights.tieBand(),
				LocalDate.now(clock).toEpochDay() + need.id());
		List<Candidate> result = new ArrayList<>();
		for (int i = 0; i < scored.size() && i < limit; i++) {
			result.add(scored.get(i).withRank(i + 1));
		}
		return result;
	}

	/**
	 * One UMKM scored for many needs in one statement ({@code match_factors_grid}, the
	 * function behind {@code match_factors}): the same inputs and the same
	 * {@link Scoring} as {@link #score} gives it need by need, by need id. A need the
	 * function has no row for (unknown KBLI code) is left out, as {@link #score} leaves
	 * it out.
	 */
	private Map<Long, Candidate> scoreNeeds(Long umkmId, List<Scoring.NeedInfo> needs, LocalDate today) {
		if (needs.isEmpty()) {
			return Map.of();
		}
		Map<Long, Scoring.NeedInfo> byId = new HashMap<>();
		needs.forEach(n -> byId.put(n.id(), n));
		Locale locale = LocaleContextHolder.getLocale();
		RowMapper<Map.Entry<Long, Candidate>> row = (rs, i) -> {
			Scoring.NeedInfo need = Objects.requireNonNull(byId.get(rs.getLong("need_id")));
			return Map.entry(need.id(), scoring.score(MatchInputs.read(rs), need, rs.getString("business_name"),
					SizeClass.valueOf(rs.getString("size_class")), locale));
		};
		// the UMKM first, then the function with it (a function in FROM may read the
		// items before it): one index look-up, one call
		List<Map.Entry<Long, Candidate>> rows = jdbc.sql("""
				select f.*, u.business_name, u.size_class
				from umkm_listing u, match_factors_grid(?, array[u.id], ?) f
				where u.id = ?
				""").params(byId.keySet().toArray(Long[]::new), today, umkmId).query(row).list();
		Map<Long, Candidate> result = new HashMap<>();
		rows.forEach(e -> result.put(e.getKey(), e.getValue()));
		return result;
	}

	private List<Candidate> score(Scoring.NeedInfo need, List<Long> umkmIds) {
		if (umkmIds.isEmpty()) {
			return List.of();
		}
		Long[] ids = umkmIds.toArray(Long[]::new);
		Locale locale = LocaleContextHolder.getLocale();
		// names in the same statement (one round trip less on every ranking, issue 12);
		// "u.id = any" again so the planner looks the few UMKM up by id rather than
		// joining the function's rows (estimated at 1000) to every UMKM
		return jdbc.sql("""
				select f.*, u.business_name, u.size_class
				from match_factors(?, ?, ?) f join umkm_listing u on u.id = f.umkm_id
				where u.id = any(?)
				""")
			.params(need.id(), ids, LocalDate.now(clock), ids)
			.query((rs, i) -> scoring.score(MatchInputs.read(rs), need, rs.getString("business_name"),
					SizeClass.valueOf(rs.getString("size_class")), locale))
			.list();
	}

}
