package id.simitra.matching;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.shared.SizeClass;

/**
 * Ranks UMKM for a need inside PostgreSQL: candidates come from index lookups (same KBLI division by
 * prefix on umkm_kbli/product, or a full-text hit on product names and descriptions), each candidate
 * is scored with a few indexed per-UMKM lookups, and only the top rows leave the database. Nothing
 * loads all UMKM into memory.
 *
 * <p>Factors (each a fraction 0..1, multiplied by its weight):
 * <ul>
 * <li>KBLI closeness: same 5-digit kelompok 1.0, 4-digit subgolongan 0.75, 3-digit golongan 0.5,
 * 2-digit golongan pokok 0.25, otherwise 0 (best of the UMKM's registered codes and product codes).</li>
 * <li>Distance between regency centres, in bands: same regency 1.0, up to 50 km 0.8, 100 km 0.6,
 * 250 km 0.4, 500 km 0.2, farther 0.05.</li>
 * <li>Capacity: monthly capacity of relevant products (same 4-digit KBLI or matching text) in a unit of
 * the need's kind, converted to base units, divided by the needed quantity, capped at 1.</li>
 * <li>Text: share of the need title's keywords (stemmed with the {@code indonesian} configuration)
 * found in the UMKM's products.</li>
 * </ul>
 */
@Service
public class MatchingService {

	private static final String NO_TEXT = "'-'";

	private static final String RANKING_SQL = """
			with cand as (
			    select umkm_id from umkm_kbli where kbli_code like :division || '%'
			    union
			    select umkm_id from product where kbli_code like :division || '%'
			    union
			    select umkm_id from product where :hasText and search @@ to_tsquery('simple', :tsq)
			), scored as (
			    select u.id, u.business_name, u.size_class, r.name as regency_name,
			           k.kbli_level, k.best_code,
			           case when u.regency_code = :regency then 0.0
			                else km_between(r.latitude, r.longitude, :lat, :lon) end as km,
			           cap.capacity_base, cap.comparable, cap.relevant,
			           txt.matched_terms, txt.best_product
			    from cand c
			    join umkm u on u.id = c.umkm_id
			    join region r on r.code = u.regency_code
			    cross join lateral (
			        select coalesce(max(y.lvl), 0) as kbli_level, (array_agg(y.code order by y.lvl desc, y.code))[1] as best_code
			        from (select x.code,
			                     case when x.code = :subclass then 4 when left(x.code, 4) = :klass then 3
			                          when left(x.code, 3) = :kgroup then 2 when left(x.code, 2) = :division then 1
			                          else 0 end as lvl
			              from (select kbli_code as code from umkm_kbli where umkm_id = u.id
			                    union select kbli_code from product where umkm_id = u.id) x) y
			    ) k
			    cross join lateral (
			        select coalesce(sum(p.capacity_base) filter (where p.unit_kind = :unitKind), 0) as capacity_base,
			               count(*) filter (where p.unit_kind = :unitKind) as comparable,
			               count(*) as relevant
			        from product p
			        where p.umkm_id = u.id
			          and (left(p.kbli_code, 4) = :klass or (:hasText and p.search @@ to_tsquery('simple', :tsq)))
			    ) cap
			    cross join lateral (
			        select (select count(*) from unnest(string_to_array(:terms, ' ')) as t(term)
			                where exists (select 1 from product p where p.umkm_id = u.id
			                              and p.search @@ to_tsquery('simple', quote_literal(t.term)))) as matched_terms,
			               (select p.name from product p
			                where :hasText and p.umkm_id = u.id and p.search @@ to_tsquery('simple', :tsq)
			                order by ts_rank(p.search, to_tsquery('simple', :tsq)) desc, p.id limit 1) as best_product
			    ) txt
			), factored as (
			    select s.*,
			           case s.kbli_level when 4 then 1.0 when 3 then 0.75 when 2 then 0.5 when 1 then 0.25 else 0.0 end as f_kbli,
			           case when s.km is null then 0.0 when s.km = 0 then 1.0 when s.km <= 50 then 0.8
			                when s.km <= 100 then 0.6 when s.km <= 250 then 0.4 when s.km <= 500 then 0.2
			                else 0.05 end as f_distance,
			           least(1.0, s.capacity_base / :quantityBase) as f_capacity,
			           case when :termCount = 0 then 0.0 else s.matched_terms::numeric / :termCount end as f_text
			    from scored s
			)
			select f.*, (:wKbli * f_kbli + :wDistance * f_distance + :wCapacity * f_capacity + :wText * f_text) as total
			from factored f
			order by total desc, f.km asc nulls last, f.id asc
			limit :limit
			""";

	private final JdbcClient jdbc;

	private final MatchingWeights weights;

	private final MessageSource messages;

	MatchingService(JdbcClient jdbc, MatchingWeights weights, MessageSource messages) {
		this.jdbc = jdbc;
		this.weights = weights;
		this.messages = messages;
	}

	public MatchingWeights weights() {
		return weights;
	}

	/** The top candidates for a need, as many as {@code simitra.matching.limit} (20). */
	@Transactional(readOnly = true)
	public List<Candidate> rank(NeedCriteria need) {
		return rank(need, weights.limit());
	}

	@Transactional(readOnly = true)
	public List<Candidate> rank(NeedCriteria need, int limit) {
		List<String> terms = stems(need.title());
		String tsq = terms.isEmpty() ? NO_TEXT
				: terms.stream().map(t -> "'" + t.replace("'", "''") + "'").collect(Collectors.joining(" | "));
		double[] point = jdbc.sql("select latitude, longitude from region where code = ?")
			.param(need.regencyCode())
			.query((rs, n) -> new double[] { rs.getDouble(1), rs.getDouble(2) })
			.optional()
			.orElse(new double[] { 0, 0 });
		String code = need.kbliCode();
		Locale locale = LocaleContextHolder.getLocale();
		List<Candidate> result = new ArrayList<>();
		jdbc.sql(RANKING_SQL)
			.param("division", code.substring(0, 2))
			.param("kgroup", code.substring(0, 3))
			.param("klass", code.substring(0, 4))
			.param("subclass", code)
			.param("hasText", !terms.isEmpty())
			.param("tsq", tsq)
			.param("terms", String.join(" ", terms))
			.param("termCount", terms.size())
			.param("regency", need.regencyCode())
			.param("lat", point[0])
			.param("lon", point[1])
			.param("unitKind", need.unit().kind().name())
			.param("quantityBase", need.unit().toBase(need.quantity()))
			.param("wKbli", weights.weightKbli())
			.param("wDistance", weights.weightDistance())
			.param("wCapacity", weights.weightCapacity())
			.param("wText", weights.weightText())
			.param("limit", limit)
			.query((rs, n) -> toCandidate(rs, n + 1, need, terms.size(), locale))
			.list()
			.forEach(result::add);
		return result;
	}

	/** The need title's keywords, stop words removed, stemmed by PostgreSQL's indonesian configuration. */
	List<String> stems(String title) {
		List<String> words = SearchTerms.words(title);
		if (words.isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql("select lex from unnest(tsvector_to_array(to_tsvector('indonesian', ?))) as lex order by lex")
			.param(String.join(" ", words))
			.query(String.class)
			.list();
	}

	private Candidate toCandidate(ResultSet rs, int rank, NeedCriteria need, int termCount, Locale locale)
			throws SQLException {
		List<Candidate.Factor> factors = new ArrayList<>();
		String regencyName = rs.getString("regency_name");

		int level = rs.getInt("kbli_level");
		String best = rs.getString("best_code");
		String kbliText = switch (level) {
			case 4 -> msg(locale, "match.kbli.subclass", need.kbliCode());
			case 3 -> msg(locale, "match.kbli.class", need.kbliCode().substring(0, 4));
			case 2 -> msg(locale, "match.kbli.group", need.kbliCode().substring(0, 3));
			case 1 -> msg(locale, "match.kbli.division", need.kbliCode().substring(0, 2));
			default -> msg(locale, "match.kbli.none", best == null ? "-" : best);
		};
		factors.add(factor("kbli", rs.getDouble("f_kbli"), weights.weightKbli(), kbliText));

		double km = rs.getDouble("km");
		boolean noKm = rs.wasNull();
		String distanceText = noKm ? msg(locale, "match.distance.unknown")
				: km == 0 ? msg(locale, "match.distance.same", regencyName)
						: msg(locale, "match.distance.km", Math.round(km), regencyName);
		factors.add(factor("distance", rs.getDouble("f_distance"), weights.weightDistance(), distanceText));

		double capacityFraction = rs.getDouble("f_capacity");
		long comparable = rs.getLong("comparable");
		long relevant = rs.getLong("relevant");
		BigDecimal capacityBase = rs.getBigDecimal("capacity_base");
		String capacityText;
		if (comparable > 0) {
			BigDecimal needed = need.unit().toBase(need.quantity());
			long percent = Math.round(capacityBase.doubleValue() * 100 / needed.doubleValue());
			capacityText = percent >= 100 ? msg(locale, "match.capacity.full", percent)
					: msg(locale, "match.capacity.part", percent);
		}
		else if (relevant > 0) {
			capacityText = msg(locale, "match.capacity.incomparable");
		}
		else {
			capacityText = msg(locale, "match.capacity.none");
		}
		factors.add(factor("capacity", capacityFraction, weights.weightCapacity(), capacityText));

		long matched = rs.getLong("matched_terms");
		String bestProduct = rs.getString("best_product");
		String textText = matched > 0 && bestProduct != null
				? msg(locale, "match.text.match", bestProduct, matched, termCount)
				: msg(locale, "match.text.none");
		factors.add(factor("text", rs.getDouble("f_text"), weights.weightText(), textText));

		double total = Math.round(rs.getDouble("total") * 10) / 10.0;
		return new Candidate(rank, rs.getLong("id"), rs.getString("business_name"), regencyName,
				SizeClass.valueOf(rs.getString("size_class")), total, List.copyOf(factors));
	}

	private static Candidate.Factor factor(String key, double fraction, double weight, String text) {
		return new Candidate.Factor(key, fraction, Math.round(fraction * weight * 10) / 10.0, weight, text);
	}

	private String msg(Locale locale, String key, Object... args) {
		Object[] formatted = new Object[args.length];
		NumberFormat numbers = NumberFormat.getIntegerInstance(locale);
		for (int i = 0; i < args.length; i++) {
			formatted[i] = args[i] instanceof Number number ? numbers.format(number) : args[i];
		}
		return messages.getMessage(key, formatted, locale);
	}

}
