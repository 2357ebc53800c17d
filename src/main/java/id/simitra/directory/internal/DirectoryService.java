package id.simitra.directory.internal;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.platform.PageView;
import id.simitra.reference.RegionService;
import id.simitra.reference.SizeClass;

/**
 * The supplier directory. Keywords go through PostgreSQL full text ({@code indonesian}
 * stemming: "keripiknya" finds "keripik") after each word is widened with the similarly
 * spelt words people actually used ({@code search_word}, trigram index: "kripik" also
 * finds "keripik"). Each UMKM has one search document (its name, description and all its
 * products, {@code umkm.doc}) behind one GIN index; filters are index-driven id sets.
 *
 * <p>
 * Totals are counted up to {@link #COUNT_CAP}; beyond that the page says "more than 1,000
 * — narrow down" and leaves out the per-value counts (facets) and text ranking: counting
 * or ranking a whole province of UMKM on every keystroke would cost seconds and tell the
 * buyer little. Broad searches are ordered verified first, then newest, through an index.
 */
@Service
public class DirectoryService {

	static final int PAGE_SIZE = 20;

	static final int COUNT_CAP = 1_000;

	static final int MAX_WORDS = 8;

	static final int RANK_LIMIT = COUNT_CAP;

	/**
	 * How umkm's filter lexemes begin (V79): a space, which no word of a text ever holds.
	 */
	static final String FILTER = "~ ";

	/** KBLI codes umkm keeps every prefix of as a lexeme (V79). */
	private static final Pattern KBLI_PREFIX = Pattern.compile("[0-9]{2,5}");

	/**
	 * Every UMKM is in one of these buckets, a lexeme of its search document (V79:
	 * {@code "~ b<(id / 64) mod 256>"}), so that a count can look at a known share of the
	 * UMKM; and in one of 16 larger ones ({@code "~ B<(id / 1024) mod 16>"}).
	 */
	static final int BUCKETS = 256;

	/** Fewer matches in the first bucket: all matches are counted (few, cheap). */
	static final int SAMPLE_MIN = 30;

	/** Matches the second sample aims at (enough to pass COUNT_CAP with a margin). */
	static final int SAMPLE_TARGET = 1_300;

	/** Estimated matches from which a page is found by walking the order index. */
	static final long WALK_MIN = 3_000;

	/** Estimated matches from which the nearest regencies are searched one by one. */
	static final long NEAR_WALK_MIN = 3_000;

	/**
	 * Filter values held by at least this share of UMKM are checked on the row, not
	 * through the document index.
	 */
	static final float COMMON = 0.5f;

	/**
	 * Planner settings: no sequential scan (collect the matches through the document
	 * index; index scans stay allowed for the per-row checks).
	 */
	private static final String BITMAP = "enable_seqscan";

	/** Planner settings: walk an index in its order. */
	private static final String WALK = "enable_seqscan, enable_bitmapscan";

	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	public static final String STATS_CACHE = "directory-stats";

	private final JdbcClient jdbc;

	private final RegionService regions;

	private final Clock clock;

	private final FilterFrequencies frequencies;

	DirectoryService(JdbcClient jdbc, RegionService regions, Clock clock, FilterFrequencies frequencies) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.regions = regions;
		this.frequencies = frequencies;
	}

	@Transactional(readOnly = true)
	public DirectoryResult search(DirectoryQuery query) {
		Map<String, Object> params = new LinkedHashMap<>();
		String q = query.q();
		TextQuery text = q != null && query.hasText() ? textQuery(q) : TextQuery.NONE;
		params.put("tsq", text.tsquery());
		params.put("exact", text.exact());
		params.put("hasText", text.present());
		params.put("today", LocalDate.now(clock));
		if (query.hasText() && !text.present()) {
			// only punctuation or one-letter words: nothing to search for
			return new DirectoryResult(new PageView<>(List.of(), query.page(), 0, 0), false, List.of(),
					DirectoryResult.Facets.NONE);
		}

		String from = "from umkm_listing u join region r on r.code = u.regency_code";
		Where where = whereClause(query, text, params);
		Summary summary = summarize(from, where, params);
		boolean capped = summary.total() > COUNT_CAP;
		long total = Math.min(summary.total(), COUNT_CAP);

		params.put("size", PAGE_SIZE);
		params.put("offset", (long) query.page() * PAGE_SIZE);
		List<Object[]> ranked = query.effectiveSort() != DirectoryQuery.Sort.DISTANCE
				? ordered(query, summary, from, where, params)
				: capped ? nearestFirst(query, summary, from, where, params) : nearestOfFew(query, from, where, params);
		List<DirectoryEntry> items = details(ranked, text);
		int totalPages = (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE);
		DirectoryResult.Facets facets = capped || total == 0 ? DirectoryResult.Facets.NONE : summary.facets();
		return new DirectoryResult(new PageView<>(items, query.page(), totalPages, total), capped, text.widened(),
				facets);
	}

	/**
	 * Ids of one page. Text relevance (ts_rank) is computed when there are at most
	 * {@link #RANK_LIMIT} hits; a broader search (a single common word) is ordered
	 * verified-first then newest, because ranking a hundred thousand equally matching
	 * documents costs seconds and tells the buyer little. Many matches (by the sample of
	 * {@link #summarize}): the order index is walked and each row tested until the page
	 * is full; fewer: the matches are collected through the document index and sorted.
	 */
	private List<Object[]> ordered(DirectoryQuery query, Summary summary, String from, Where where,
			Map<String, Object> params) {
		long hits = summary.total();
		String order = switch (query.effectiveSort()) {
			case RELEVANCE -> hits <= RANK_LIMIT
					? "2 * ts_rank(u.doc, to_tsquery('simple', :exact)) + ts_rank(u.doc, to_tsquery('simple', :tsq)) desc, u.id desc"
					: "(u.verified_at is not null) desc, u.created_at desc, u.id desc";
			default -> "u.created_at desc, u.id desc";
		};
		String page = " order by " + order + " limit :size offset :offset";
		if (where.document() == null) {
			// no words and no filter of the document (all UMKM, or only a capacity): as
			// before, when the count shows plenty of matches the order index is walked
			// (the planner may instead fetch and sort every match)
			return ids("select u.id " + from + where.sql() + page, params,
					hits > RANK_LIMIT && query.kbli() == null ? "enable_bitmapscan" : null);
		}
		if (hits > COUNT_CAP && summary.matches() >= WALK_MIN * Math.sqrt(query.page() + 1.0)) {
			// the order index, each row tested (ts_match_vq does not use the document
			// index): plenty of matches, so the page fills after a few thousand rows at
			// most, where collecting the matches would cost one entry per match
			return ids("select u.id from umkm_listing u" + where.rowByRow() + page, params, WALK);
		}
		// the matches through the document index (a fence, so that the planner does not
		// walk the order index instead), then sorted
		return ids("select u.id from (select u.id, u.verified_at, u.created_at, u.doc from umkm_listing u" + where.sql()
				+ " offset 0) u" + page, params, BITMAP);
	}

	private List<Object[]> ids(String sql, Map<String, Object> params, @Nullable String settings) {
		return planned(settings,
				() -> jdbc.sql(sql).params(params).query((rs, n) -> new Object[] { rs.getLong(1), null }).list());
	}

	/**
	 * Nearest first: walks the regencies outward from the chosen one and takes matches
	 * from each until the page is full, so only the nearest regencies are searched. With
	 * fewer matches (by the sample of {@link #summarize}) all of them are collected
	 * through the document index and sorted the same way: by the regency's distance, its
	 * code, then verified first and newest.
	 */
	private List<Object[]> nearestFirst(DirectoryQuery query, Summary summary, String from, Where where,
			Map<String, Object> params) {
		near(query, params);
		if (where.document() != null && summary.matches() < NEAR_WALK_MIN * Math.sqrt(query.page() + 1.0)) {
			String sql = "select u.id, km_between(r.latitude, r.longitude, :lat, :lon) as km from (select u.id, u.regency_code, u.verified_at, u.created_at from umkm_listing u"
					+ where.sql() + " offset 0) u join region r on r.code = u.regency_code"
					+ " order by 2, r.code, (u.verified_at is not null) desc, u.created_at desc, u.id desc limit :size offset :offset";
			return planned(BITMAP,
					() -> jdbc.sql(sql)
						.params(params)
						.query((rs, n) -> new Object[] { rs.getLong(1), Math.round(rs.getDouble(2)) })
						.list());
		}
		params.put("need", (long) (query.page() + 1) * PAGE_SIZE);
		// Many matches: within one regency the words are checked row by row (ts_match_vq
		// cannot use the text index), which finds a page quickly when matches are dense,
		// instead of one full-text index scan per regency. Only the regencies a regency
		// or
		// province filter allows (the others hold no match, but each would be searched).
		String regions = "";
		if (query.regency() != null) {
			regions = " and code = :regency";
			params.put("regency", query.regency());
		}
		else if (query.province() != null) {
			regions = " and parent_code = :province";
			params.put("province", query.province());
		}
		String rowByRow = where.rowByRow();
		String inner = "select u.id " + from + (rowByRow.isEmpty() ? " where " : rowByRow + " and ")
				+ "u.regency_code = rr.code order by (u.verified_at is not null) desc, u.created_at desc, u.id desc limit :need";
		String sql = """
				select x.id, rr.km
				from (select code, km_between(latitude, longitude, :lat, :lon) as km from region
				      where level <> 'province'%s order by 2, 1) rr
				cross join lateral (%s) x
				limit :size offset :offset
				""".formatted(regions, inner);
		return jdbc.sql(sql)
			.params(params)
			.query((rs, n) -> new Object[] { rs.getLong(1), Math.round(rs.getDouble(2)) })
			.list();
	}

	/** At most {@link #COUNT_CAP} matches: sort them all by distance. */
	private List<Object[]> nearestOfFew(DirectoryQuery query, String from, Where where, Map<String, Object> params) {
		near(query, params);
		String sql = "select u.id, km_between(r.latitude, r.longitude, :lat, :lon) as km " + from + where.sql()
				+ " order by 2, (u.verified_at is not null) desc, u.created_at desc, u.id desc limit :size offset :offset";
		return planned(where.document() == null ? null : BITMAP,
				() -> jdbc.sql(sql)
					.params(params)
					.query((rs, n) -> new Object[] { rs.getLong(1), Math.round(rs.getDouble(2)) })
					.list());
	}

	/**
	 * Runs a statement with planner settings for it alone ({@code set local}, undone
	 * after): the sample of {@link #summarize} tells how many rows match, which the
	 * planner cannot know for synonyms, look-alikes and filters that go together.
	 */
	private <T> T planned(@Nullable String settings, java.util.function.Supplier<T> statement) {
		if (settings == null) {
			return statement.get();
		}
		List<String> names = Arrays.stream(settings.split(",")).map(String::strip).toList();
		// one round trip each way: switched off for this transaction, then back to what
		// they were
		String switchOff = names.stream()
			.map(name -> "current_setting('%1$s') as %1$s, set_config('%1$s', 'off', true)".formatted(name))
			.collect(Collectors.joining(", ", "select ", ""));
		Map<String, Object> before = jdbc.sql(switchOff).query().singleRow();
		try {
			return statement.get();
		}
		finally {
			jdbc.sql(names.stream()
				.map(name -> "set_config('%1$s', :%1$s, true)".formatted(name))
				.collect(Collectors.joining(", ", "select ", ""))).params(before).query().singleRow();
		}
	}

	private void near(DirectoryQuery query, Map<String, Object> params) {
		// only for Sort.DISTANCE, which effectiveSort() gives only with a nearRegency
		var near = regions.regency(Objects.requireNonNull(query.nearRegency())).orElseThrow();
		params.put("lat", near.latitude());
		params.put("lon", near.longitude());
	}

	/**
	 * The cards of one page: names, regency, a few products (the matching ones first),
	 * KBLI codes.
	 */
	private List<DirectoryEntry> details(List<Object[]> ranked, TextQuery text) {
		if (ranked.isEmpty()) {
			return List.of();
		}
		Map<Long, DirectoryEntry> details = new LinkedHashMap<>();
		jdbc.sql(
				"""
						select u.id, u.business_name, u.size_class, u.verified_at is not null as verified, r.name as regency_name,
						       (select count(*) from product_listing x where x.umkm_id = u.id) as product_count,
						       (select string_agg(s.name, ', ') from (
						            select x.name from product_listing x where x.umkm_id = u.id
						            order by case when :hasText and x.search @@ to_tsquery('simple', :tsq) then 0 else 1 end, x.id
						            limit 3) s) as sample_products,
						       (select string_agg(k.kbli_code, ', ' order by k.kbli_code) from umkm_activity k where k.umkm_id = u.id) as kbli_codes
						from umkm_listing u join region r on r.code = u.regency_code
						where u.id = any(:ids)
						""")
			.param("hasText", text.present())
			.param("tsq", text.tsquery())
			.param("ids", ranked.stream().map(row -> (Long) row[0]).toArray(Long[]::new))
			.query((rs, n) -> new DirectoryEntry(rs.getLong("id"), rs.getString("business_name"),
					rs.getString("regency_name"), SizeClass.valueOf(rs.getString("size_class")),
					rs.getLong("product_count"), rs.getString("sample_products"), rs.getString("kbli_codes"),
					rs.getBoolean("verified"), null))
			.list()
			.forEach(e -> details.put(e.umkmId(), e));
		return ranked.stream().filter(row -> details.containsKey((Long) row[0])).map(row -> {
			DirectoryEntry e = Objects.requireNonNull(details.get((Long) row[0]), "filtered above");
			return new DirectoryEntry(e.umkmId(), e.businessName(), e.regencyName(), e.sizeClass(), e.productCount(),
					e.sampleProducts(), e.kbliCodes(), e.verified(), (Long) row[1]);
		}).toList();
	}

	/**
	 * Read from the counts umkm and product keep with their rows (umkm_count_by_day,
	 * product_count): at 1.2 M UMKM and 3.2 M products counting the rows took ~2.5 s.
	 * Still cached for a minute (spring.cache.caffeine.spec), and {@code sync} so that
	 * visitors arriving together when the minute is up wait for one computation instead
	 * of starting one each.
	 */
	@Transactional(readOnly = true)
	@Cacheable(cacheNames = STATS_CACHE, sync = true)
	public DirectoryStats stats() {
		return jdbc.sql("""
				with regencies as (select c.regency_code, sum(c.registered) as umkm from umkm_count_by_day c
				                   group by c.regency_code)
				select (select coalesce(sum(umkm), 0) from regencies), (select products from product_count),
				       (select count(*) from regencies where umkm > 0)
				""").query((rs, n) -> new DirectoryStats(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
	}

	/**
	 * The search condition. Text and every filter umkm keeps as a lexeme of the search
	 * document (V79: regency, province, KBLI prefix or section, size class, verified,
	 * kinds of verified certificate) form one full-text query, so a single bitmap of the
	 * document index finds the UMKM that match them all; the planner also knows from the
	 * document statistics how common each value is. Only what a lexeme cannot say is
	 * checked per candidate: that a certificate is still valid today, and capacity
	 * (product's data).
	 */
	private Where whereClause(DirectoryQuery q, TextQuery text, Map<String, Object> params) {
		List<String> where = new ArrayList<>();
		List<String> lexemes = new ArrayList<>();
		Map<String, Float> common = frequencies.get();
		if (q.regency() != null) {
			filter(lexemes, where, common, FILTER + "r" + q.regency(), "u.regency_code = :regency");
			params.put("regency", q.regency());
		}
		else if (q.province() != null) {
			filter(lexemes, where, common, FILTER + "p" + q.province(),
					"u.regency_code in (select c.code from region c where c.parent_code = :province)");
			params.put("province", q.province());
		}
		String kbli = q.kbli();
		if (kbli != null) {
			if (kbli.length() == 1) {
				lexemes.add(FILTER + "s" + kbli);
			}
			else if (KBLI_PREFIX.matcher(kbli).matches()) {
				lexemes.add(FILTER + "k" + kbli);
			}
			else {
				// not a code umkm keeps prefixes of (the controller passes only known
				// codes): the registered activities by prefix
				where.add("u.id in (select k.umkm_id from umkm_activity k where k.kbli_code like :kbli || '%')");
				params.put("kbli", kbli);
			}
		}
		SizeClass size = q.sizeClass();
		if (size != null) {
			filter(lexemes, where, common, FILTER + "z" + size.name(), "u.size_class = :sizeClass");
			params.put("sizeClass", size.name());
		}
		int i = 0;
		for (String type : q.certificates()) {
			String p = "cert" + i++;
			// the lexeme says "holds a verified one"; whether it is still valid today is
			// checked for each candidate by its own index ("offset 0" keeps the planner
			// from hashing every holder of the kind instead)
			lexemes.add(FILTER + "c" + type);
			where
				.add("exists (select 1 from umkm_valid_certificate(:today) c where c.umkm_id = u.id and c.type_code = :"
						+ p + " offset 0)");
			params.put(p, type);
		}
		if (q.verifiedOnly()) {
			filter(lexemes, where, common, FILTER + "v", "u.verified_at is not null");
		}
		if (q.minCapacity() != null && q.capacityUnit() != null) {
			where.add(text.present() || !lexemes.isEmpty()
					? "exists (select 1 from product_listing x where x.umkm_id = u.id and x.unit_kind = :capKind"
							+ " and x.capacity_base >= :capBase offset 0)"
					: "u.id in (select x.umkm_id from product_listing x where x.unit_kind = :capKind and x.capacity_base >= :capBase)");
			params.put("capKind", q.capacityUnit().kind().name());
			params.put("capBase", q.capacityUnit().toBase(q.minCapacity()));
		}
		String document = null;
		if (!lexemes.isEmpty()) {
			// typed into the tsquery as they are: to_tsquery would parse "~ k10761" into
			// the word "k10761"
			params.put("filters", String.join(" & ", lexemes.stream().map(DirectoryService::quoted).toList()));
			document = text.present() ? "to_tsquery('simple', :tsq) && cast(:filters as tsquery)"
					: "cast(:filters as tsquery)";
		}
		else if (text.present()) {
			document = "to_tsquery('simple', :tsq)";
		}
		return new Where(document, where);
	}

	/**
	 * A filter value most UMKM hold (by umkm's statistics, {@link #COMMON}) is checked on
	 * each candidate row, where its column is at hand, instead of through the document
	 * index, whose list of UMKM for it is long to read and narrows nothing down; any
	 * other through the index. Both say the same.
	 */
	private static void filter(List<String> lexemes, List<String> where, Map<String, Float> common, String lexeme,
			String column) {
		if (common.getOrDefault(lexeme, 0f) >= COMMON) {
			where.add(column);
		}
		else {
			lexemes.add(lexeme);
		}
	}

	/**
	 * The condition on the search document (null: none) and the other conditions, ANDed.
	 */
	private record Where(@Nullable String document, List<String> others) {

		/** As a WHERE clause; the document through its index. */
		String sql() {
			return render("u.doc @@ (%s)");
		}

		/** As a WHERE clause, the document also matching another tsquery. */
		String and(String tsquery) {
			return new Where("(" + document + ") && " + tsquery, others).sql();
		}

		/**
		 * As a WHERE clause, the document checked row by row (ts_match_vq cannot use the
		 * index).
		 */
		String rowByRow() {
			return render("ts_match_vq(u.doc, %s)");
		}

		private String render(String match) {
			List<String> all = new ArrayList<>();
			if (document != null) {
				all.add(match.formatted(document));
			}
			all.addAll(others);
			return all.isEmpty() ? "" : " where " + String.join(" and ", all);
		}

	}

	/**
	 * Counts the matches up to {@link #COUNT_CAP} + 1 and, when there are not more than
	 * that, the per-value counts, without collecting every match of a broad search first.
	 * <p>
	 * umkm puts every UMKM in one of {@link #BUCKETS} buckets (a lexeme of its document,
	 * V79). The matches of one bucket are counted first, through the document index: if
	 * more than {@link #COUNT_CAP} of them match, so do more than that of all, and the
	 * bucket tells roughly how many match in all; with that, enough further buckets are
	 * counted to find {@link #COUNT_CAP} + 1 if the estimate holds. Only when it does not
	 * (few matches) are all matches collected, and then they are few. The result is the
	 * same as counting them all; the sample only saves the work, and its estimate tells
	 * {@link #ordered} and {@link #nearestFirst} how dense the matches are.
	 */
	private Summary summarize(String from, Where where, Map<String, Object> params) {
		if (where.document() == null) {
			// no words and no filter of the document (all UMKM, or only a capacity): a
			// walk that stops after COUNT_CAP + 1 rows, as before
			return counted(from + where.sql(), params, Long.MAX_VALUE, null);
		}
		long first = sample(where, params, quoted(FILTER + "b0"));
		long estimate = first * BUCKETS;
		if (first > COUNT_CAP) {
			return new Summary(first, DirectoryResult.Facets.NONE, estimate);
		}
		if (first >= SAMPLE_MIN) {
			// as many further small buckets as should hold SAMPLE_TARGET matches, or, if
			// that takes more than a few, a sixteenth of the UMKM (one lexeme) or a
			// quarter (four)
			int buckets = (int) ((SAMPLE_TARGET + first - 1) / first);
			List<String> sample = buckets <= 4
					? java.util.stream.IntStream.rangeClosed(1, buckets).mapToObj(b -> FILTER + "b" + b).toList()
					: java.util.stream.IntStream.rangeClosed(1, buckets <= 16 ? 1 : 4)
						.mapToObj(b -> FILTER + "B" + b)
						.toList();
			// the share of all UMKM the sample covers, in small buckets
			int covered = buckets <= 4 ? buckets : sample.size() * BUCKETS / 16;
			long found = sample(where, params,
					String.join(" | ", sample.stream().map(DirectoryService::quoted).toList()));
			estimate = found * BUCKETS / covered;
			if (found > COUNT_CAP) {
				return new Summary(found, DirectoryResult.Facets.NONE, estimate);
			}
		}
		// few matches: all of them through the document index (a fence, so that the
		// planner does not walk an index for the limit instead)
		return counted("from (select u.id, u.size_class, u.regency_code, u.verified_at from umkm_listing u"
				+ where.sql() + " offset 0) u", params, estimate, BITMAP);
	}

	/**
	 * How many UMKM of the given buckets (V79: {@code "~ b"}: runs of 64 ids, one in 256;
	 * {@code "~ B"}: runs of 1,024 ids, one in 16) match, up to {@link #COUNT_CAP} + 1.
	 */
	private long sample(Where where, Map<String, Object> params, String buckets) {
		params.put("buckets", buckets);
		return jdbc
			// nothing selected: the index says which rows match, and the rows themselves
			// need not be read where the visibility map says they are visible
			.sql("select count(*) from (select from umkm_listing u" + where.and("cast(:buckets as tsquery)") + " limit "
					+ (COUNT_CAP + 1) + ") x")
			.params(params)
			.query(Long.class)
			.single();
	}

	/**
	 * All matches up to {@link #COUNT_CAP} + 1 counted, and per value when there are not
	 * more, in one statement over the matches collected once.
	 */
	private Summary counted(String source, Map<String, Object> params, long estimate, @Nullable String settings) {
		params.put("cap", COUNT_CAP);
		String sql = """
				with f as materialized (select u.id, u.size_class, u.regency_code, u.verified_at %s limit %d),
				     n as (select count(*) as total from f)
				select 'total' as kind, null as value, total as cnt from n
				union all
				select 'size', f.size_class, count(*) from f, n where n.total <= :cap group by f.size_class
				union all
				(select 'regency', f.regency_code, count(*) from f, n where n.total <= :cap
				 group by f.regency_code order by 3 desc, 2 limit 10)
				union all
				select 'verified', null, count(*) from f, n where n.total <= :cap and f.verified_at is not null
				union all
				select 'certificate', c.type_code, count(distinct c.umkm_id) from f
				join umkm_valid_certificate(:today) c on c.umkm_id = f.id
				cross join n
				where n.total <= :cap
				group by c.type_code
				""".formatted(source, COUNT_CAP + 1);
		List<DirectoryResult.Count> sizes = new ArrayList<>();
		List<DirectoryResult.Count> certificates = new ArrayList<>();
		List<DirectoryResult.Count> regencies = new ArrayList<>();
		long[] totals = new long[2];
		planned(settings, () -> {
			jdbc.sql(sql).params(params).query((ResultSet rs) -> {
				String value = rs.getString("value");
				long count = rs.getLong("cnt");
				switch (rs.getString("kind")) {
					case "total" -> totals[0] = count;
					case "verified" -> totals[1] = count;
					case "size" -> sizes.add(new DirectoryResult.Count(value, null, count));
					case "regency" ->
						regencies.add(new DirectoryResult.Count(value, regions.regencyName(value), count));
					default -> certificates.add(new DirectoryResult.Count(value, null, count));
				}
			});
			return null;
		});
		sizes.sort(java.util.Comparator.comparing(DirectoryResult.Count::value));
		regencies.sort(java.util.Comparator.comparingLong(DirectoryResult.Count::count)
			.reversed()
			.thenComparing(DirectoryResult.Count::value));
		certificates.sort(java.util.Comparator.comparingLong(DirectoryResult.Count::count)
			.reversed()
			.thenComparing(DirectoryResult.Count::value));
		long matches = totals[0] <= COUNT_CAP ? totals[0] : Math.max(estimate, totals[0]);
		return new Summary(totals[0], new DirectoryResult.Facets(sizes, certificates, regencies, totals[1]), matches);
	}

	/**
	 * total: matches counted up to {@link #COUNT_CAP} + 1 (more than COUNT_CAP: capped);
	 * matches: how many match in all, exact when not capped, else estimated from the
	 * sample (or unknown: {@link Long#MAX_VALUE}).
	 */
	private record Summary(long total, DirectoryResult.Facets facets, long matches) {
	}

	/**
	 * Builds the full-text query: every word must match (AND); each word may match itself
	 * or a similarly spelt word from the index vocabulary (OR), all stemmed with the
	 * {@code indonesian} configuration.
	 */
	TextQuery textQuery(String q) {
		List<String> words = Arrays.stream(q.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
			.filter(w -> w.length() >= 2 && w.length() <= 60)
			.distinct()
			.limit(MAX_WORDS)
			.toList();
		if (words.isEmpty()) {
			return TextQuery.NONE;
		}
		List<String> all = new ArrayList<>();
		List<String> exact = new ArrayList<>();
		Set<String> widened = new LinkedHashSet<>();
		jdbc.sql(
				"""
						select w.word, a.alts,
						       (select array_agg(distinct lex) from unnest(tsvector_to_array(to_tsvector('indonesian', w.word))) lex) as own,
						       (select array_agg(distinct lex) from unnest(tsvector_to_array(to_tsvector('indonesian',
						            w.word || ' ' || coalesce(a.alts, '')))) lex) as stems
						from unnest(string_to_array(:words, ' ')) with ordinality as w(word, n)
						cross join lateral (
						    select string_agg(s.word, ' ') as alts from (
						        select word from umkm_search_word
						        where length(w.word) >= 4 and word % w.word and word <> w.word and similarity(word, w.word) >= 0.5
						        order by similarity(word, w.word) desc, word limit 3) s) a
						order by w.n
						""")
			.param("words", String.join(" ", words))
			.query((ResultSet rs) -> {
				String[] own = rs.getArray("own") == null ? new String[0] : (String[]) rs.getArray("own").getArray();
				String[] stems = rs.getArray("stems") == null ? new String[0]
						: (String[]) rs.getArray("stems").getArray();
				if (stems.length > 0) {
					all.add(group(stems));
					exact.add(group(own.length > 0 ? own : stems));
				}
				String alts = rs.getString("alts");
				if (alts != null) {
					widened.addAll(List.of(alts.split(" ")));
				}
			});
		if (all.isEmpty()) {
			return TextQuery.NONE;
		}
		return new TextQuery(String.join(" & ", all), String.join(" & ", exact), List.copyOf(widened));
	}

	private static String group(String[] lexemes) {
		return Arrays.stream(lexemes).map(DirectoryService::quoted).collect(Collectors.joining(" | ", "(", ")"));
	}

	/** A lexeme as a tsquery operand, taken as it is. */
	private static String quoted(String lexeme) {
		return "'" + lexeme.replace("'", "''").replace("\\", "\\\\") + "'";
	}

	record TextQuery(String tsquery, String exact, List<String> widened) {

		// A valid query that matches nothing, so prepared statements always get a
		// parseable tsquery.
		static final TextQuery NONE = new TextQuery("'-'", "'-'", List.of());

		boolean present() {
			return !equals(NONE);
		}

	}

}
