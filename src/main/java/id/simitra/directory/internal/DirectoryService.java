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

	static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	public static final String STATS_CACHE = "directory-stats";

	private final JdbcClient jdbc;

	private final RegionService regions;

	private final Clock clock;

	DirectoryService(JdbcClient jdbc, RegionService regions, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.regions = regions;
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
		String where = whereClause(query, text, params);
		Summary summary = summarize(from, where, params);
		boolean capped = summary.total() > COUNT_CAP;
		long total = Math.min(summary.total(), COUNT_CAP);

		params.put("size", PAGE_SIZE);
		params.put("offset", (long) query.page() * PAGE_SIZE);
		List<Object[]> ranked = query.effectiveSort() != DirectoryQuery.Sort.DISTANCE
				? ordered(query, summary.total(), from, where, params) : summary.total() <= COUNT_CAP
						? nearestOfFew(query, from, where, params) : nearestFirst(query, from, where, params);
		List<DirectoryEntry> items = details(ranked, text);
		int totalPages = (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE);
		DirectoryResult.Facets facets = capped || total == 0 ? DirectoryResult.Facets.NONE : summary.facets();
		return new DirectoryResult(new PageView<>(items, query.page(), totalPages, total), capped, text.widened(),
				facets);
	}

	/**
	 * Ids of one page. Text relevance (ts_rank) is computed when there are at most
	 * {@link #RANK_LIMIT} hits; a broader search (a single common word) is ordered
	 * verified-first then newest through an index, because ranking a hundred thousand
	 * equally matching documents costs seconds and tells the buyer little.
	 */
	private List<Object[]> ordered(DirectoryQuery query, long hits, String from, String where,
			Map<String, Object> params) {
		String order = switch (query.effectiveSort()) {
			case RELEVANCE -> hits <= RANK_LIMIT
					? "2 * ts_rank(u.doc, to_tsquery('simple', :exact)) + ts_rank(u.doc, to_tsquery('simple', :tsq)) desc, u.id desc"
					: "(u.verified_at is not null) desc, u.created_at desc, u.id desc";
			default -> "u.created_at desc, u.id desc";
		};
		if (hits > RANK_LIMIT && query.kbli() == null && query.certificates().isEmpty() && !query.verifiedOnly()) {
			// We know from the count that matches are plentiful, so walking the order
			// index and testing
			// rows until a page is full is cheap; the planner cannot know that (word
			// statistics do not
			// cover synonyms and look-alikes) and may instead fetch and sort every match.
			// Not with
			// KBLI/certificate/verified filters: they thin the matches out and the walk
			// gets long.
			jdbc.sql("set local enable_bitmapscan = off").update();
		}
		return jdbc.sql("select u.id " + from + where + " order by " + order + " limit :size offset :offset")
			.params(params)
			.query((rs, n) -> new Object[] { rs.getLong(1), null })
			.list();
	}

	/**
	 * Nearest first: walks the regencies outward from the chosen one and takes matches
	 * from each until the page is full, so only the nearest regencies are searched.
	 */
	private List<Object[]> nearestFirst(DirectoryQuery query, String from, String where, Map<String, Object> params) {
		near(query, params);
		params.put("need", (long) (query.page() + 1) * PAGE_SIZE);
		// Many matches: within one regency the words are checked row by row (ts_match_vq
		// cannot use the
		// text index), which finds a page quickly when matches are dense, instead of one
		// full-text index
		// scan per regency.
		String inner = ("select u.id " + from + (where.isEmpty() ? " where " : where + " and ")
				+ "u.regency_code = rr.code order by (u.verified_at is not null) desc, u.created_at desc, u.id desc limit :need")
			.replace("u.doc @@ to_tsquery('simple', :tsq)", "ts_match_vq(u.doc, to_tsquery('simple', :tsq))");
		String sql = """
				select x.id, rr.km
				from (select code, km_between(latitude, longitude, :lat, :lon) as km from region
				      where level <> 'province' order by 2, 1) rr
				cross join lateral (%s) x
				limit :size offset :offset
				""".formatted(inner);
		return jdbc.sql(sql)
			.params(params)
			.query((rs, n) -> new Object[] { rs.getLong(1), Math.round(rs.getDouble(2)) })
			.list();
	}

	/** At most {@link #COUNT_CAP} matches: sort them all by distance. */
	private List<Object[]> nearestOfFew(DirectoryQuery query, String from, String where, Map<String, Object> params) {
		near(query, params);
		String sql = "select u.id, km_between(r.latitude, r.longitude, :lat, :lon) as km " + from + where
				+ " order by 2, (u.verified_at is not null) desc, u.created_at desc, u.id desc limit :size offset :offset";
		return jdbc.sql(sql)
			.params(params)
			.query((rs, n) -> new Object[] { rs.getLong(1), Math.round(rs.getDouble(2)) })
			.list();
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

	private String whereClause(DirectoryQuery q, TextQuery text, Map<String, Object> params) {
		List<String> where = new ArrayList<>();
		if (text.present()) {
			where.add("u.doc @@ to_tsquery('simple', :tsq)");
		}
		if (q.regency() != null) {
			where.add("u.regency_code = :regency");
			params.put("regency", q.regency());
		}
		else if (q.province() != null) {
			where.add("r.parent_code = :province");
			params.put("province", q.province());
		}
		if (q.kbli() != null) {
			// The UMKM's registered activities (what OSS licensed), by prefix index; the
			// planner drives
			// from the code index for a rare code and probes per row for a broad one.
			if (q.kbli().length() == 1) {
				where
					.add("""
							u.id in (select k.umkm_id from umkm_activity k where k.kbli_code in
							         (select c.code from kbli c where c.version = '2020' and c.section = :kbli and c.level = 'subclass'))""");
			}
			else {
				where.add("u.id in (select k.umkm_id from umkm_activity k where k.kbli_code like :kbli || '%')");
			}
			params.put("kbli", q.kbli());
		}
		if (q.sizeClass() != null) {
			where.add("u.size_class = :sizeClass");
			params.put("sizeClass", q.sizeClass().name());
		}
		int i = 0;
		for (String type : q.certificates()) {
			String p = "cert" + i++;
			where.add(text.present()
					// after a keyword search few rows are left: check each one by its own
					// index ("offset 0"
					// keeps the planner from turning this into a hash of every holder in
					// the province)
					? "exists (select 1 from umkm_valid_certificate(:today) c where c.umkm_id = u.id and c.type_code = :"
							+ p + " offset 0)"
					// the inlined rule keeps the index-only scan of
					// umkm_certificate_verified_idx
					: "u.id in (select c.umkm_id from umkm_valid_certificate(:today) c where c.type_code = :" + p
							+ ")");
			params.put(p, type);
		}
		if (q.verifiedOnly()) {
			where.add("u.verified_at is not null");
		}
		if (q.minCapacity() != null && q.capacityUnit() != null) {
			where.add(text.present()
					? "exists (select 1 from product_listing x where x.umkm_id = u.id and x.unit_kind = :capKind"
							+ " and x.capacity_base >= :capBase offset 0)"
					: "u.id in (select x.umkm_id from product_listing x where x.unit_kind = :capKind and x.capacity_base >= :capBase)");
			params.put("capKind", q.capacityUnit().kind().name());
			params.put("capBase", q.capacityUnit().toBase(q.minCapacity()));
		}
		return where.isEmpty() ? "" : " where " + String.join(" and ", where);
	}

	/**
	 * Counts the matches (up to {@link #COUNT_CAP} + 1) and, when there are not more than
	 * that, the per-value counts, in one statement over the matches collected once.
	 */
	private Summary summarize(String from, String where, Map<String, Object> params) {
		params.put("cap", COUNT_CAP);
		String sql = """
				with f as materialized (select u.id, u.size_class, u.regency_code, u.verified_at %s %s limit %d),
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
				""".formatted(from, where, COUNT_CAP + 1);
		List<DirectoryResult.Count> sizes = new ArrayList<>();
		List<DirectoryResult.Count> certificates = new ArrayList<>();
		List<DirectoryResult.Count> regencies = new ArrayList<>();
		long[] totals = new long[2];
		jdbc.sql(sql).params(params).query((ResultSet rs) -> {
			String value = rs.getString("value");
			long count = rs.getLong("cnt");
			switch (rs.getString("kind")) {
				case "total" -> totals[0] = count;
				case "verified" -> totals[1] = count;
				case "size" -> sizes.add(new DirectoryResult.Count(value, null, count));
				case "regency" -> regencies.add(new DirectoryResult.Count(value, regions.regencyName(value), count));
				default -> certificates.add(new DirectoryResult.Count(value, null, count));
			}
		});
		sizes.sort(java.util.Comparator.comparing(DirectoryResult.Count::value));
		regencies.sort(java.util.Comparator.comparingLong(DirectoryResult.Count::count)
			.reversed()
			.thenComparing(DirectoryResult.Count::value));
		certificates.sort(java.util.Comparator.comparingLong(DirectoryResult.Count::count)
			.reversed()
			.thenComparing(DirectoryResult.Count::value));
		return new Summary(totals[0], new DirectoryResult.Facets(sizes, certificates, regencies, totals[1]));
	}

	private record Summary(long total, DirectoryResult.Facets facets) {
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
		return Arrays.stream(lexemes)
			.map(l -> "'" + l.replace("'", "''").replace("\\", "\\\\") + "'")
			.collect(Collectors.joining(" | ", "(", ")"));
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
