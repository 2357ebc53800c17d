package id.simitra.offer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.account.OfficerScope;
import id.simitra.account.Role;
import id.simitra.account.SimitraUser;
import id.simitra.matching.RecommendedCandidates;
import id.simitra.offer.internal.ConversationService;
import id.simitra.offer.internal.NeedLookup;
import id.simitra.offer.internal.OfferNeed;
import id.simitra.offer.internal.RecommendationPicks;
import id.simitra.offer.internal.RecommendationView;
import id.simitra.platform.ConflictException;
import id.simitra.platform.NotFoundException;
import id.simitra.reference.RegionService;
import id.simitra.umkm.Readiness;
import id.simitra.umkm.ReadinessService;
import id.simitra.umkm.UmkmService;

/**
 * Diskop UKM officers recommend UMKM they judge ready for a company's need. The company
 * sees the recommendation and its note on the need's offers page, with the UMKM listed
 * even before it offers.
 */
@Service
public class RecommendationService implements RecommendedCandidates {

	private static final int PICKS = 20;

	private final JdbcClient jdbc;

	private final NeedLookup needs;

	private final UmkmService umkms;

	private final ReadinessService readiness;

	private final RegionService regions;

	private final Clock clock;

	private final OfficerScope officers;

	/**
	 * A recommendation is told to the company and the UMKM by the notification module.
	 */
	private final ApplicationEventPublisher events;

	RecommendationService(JdbcClient jdbc, NeedLookup needs, UmkmService umkms, ReadinessService readiness,
			RegionService regions, Clock clock, OfficerScope officers, ApplicationEventPublisher events) {
		this.events = events;
		this.officers = officers;
		this.jdbc = jdbc;
		this.needs = needs;
		this.umkms = umkms;
		this.readiness = readiness;
		this.regions = regions;
		this.clock = clock;
	}

	/** Ids of the UMKM recommended for a need (for a badge in the company's ranking). */
	@Transactional(readOnly = true)
	@Override
	public Set<Long> recommendedUmkmIds(Long needId) {
		return new TreeSet<>(jdbc.sql("select umkm_id from need_recommendation where need_id = :need")
			.param("need", needId)
			.query(Long.class)
			.list());
	}

	/**
	 * Records a recommendation; false when this UMKM was already recommended for the need
	 * (the first note stays). Only officers; only for a need that still takes offers (409
	 * otherwise); 404 for a missing need or UMKM.
	 */
	@Transactional
	public boolean recommend(SimitraUser officer, Long needId, Long umkmId, String note) {
		if (!officer.is(Role.OFFICER)) {
			throw new AccessDeniedException("Only officers recommend UMKM");
		}
		OfferNeed need = needs.get(needId);
		if (!need.takesOffers()) {
			throw new ConflictException("Need " + needId + " takes no offers");
		}
		// Officers recommend the UMKM of their own province only (404 for others, as if
		// it did not exist).
		umkms.requireInScope(officer, umkmId);
		boolean created = jdbc
			.sql("""
					insert into need_recommendation (need_id, umkm_id, officer_id, note) values (:need, :umkm, :officer, :note)
					on conflict (need_id, umkm_id) do nothing
					""")
			.param("need", needId)
			.param("umkm", umkmId)
			.param("officer", officer.accountId())
			.param("note", note.strip())
			.update() > 0;
		if (created) {
			String umkmName = umkms.names(List.of(umkmId)).get(umkmId);
			events.publishEvent(new UmkmRecommended(needId, need.title(), need.companyId(), need.companyName(), umkmId,
					umkmName == null ? "" : umkmName));
		}
		return created;
	}

	/**
	 * The recommendations for a need that this officer may read: those of UMKM in the
	 * officer's own province ({@link OfficerScope}); none for an officer without a
	 * province. The list is keyed by the need, but each recommendation is about an UMKM,
	 * and another province's note about its UMKM is not this officer's to read.
	 */
	@Transactional(readOnly = true)
	public List<RecommendationView> forNeed(SimitraUser officer, Long needId) {
		Optional<String> scope = officers.regencyPattern(officer);
		if (scope.isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql("""
					select r.need_id, r.umkm_id, u.business_name, a.display_name, r.note, r.created_at
					from need_recommendation r join umkm_listing u on u.id = r.umkm_id join account_person a on a.id = r.officer_id
					where r.need_id = :need and u.regency_code like :scope order by r.created_at desc, r.id desc
					""")
			.param("need", needId)
			.param("scope", scope.get())
			.query((rs, n) -> new RecommendationView(rs.getLong("need_id"), rs.getLong("umkm_id"),
					rs.getString("business_name"), rs.getString("display_name"), rs.getString("note"),
					ConversationService.requiredInstant(rs, "created_at")))
			.list();
	}

	/**
	 * The need an officer recommends for; 404 once it takes no offers (closed or past its
	 * deadline), as for an UMKM without an offer or invitation on it. The page exists to
	 * recommend, which is no longer possible then (a post answers 409), and a closed need
	 * is the company's own business again.
	 */
	@Transactional(readOnly = true)
	public OfferNeed need(Long needId) {
		OfferNeed need = needs.get(needId);
		if (!need.takesOffers()) {
			throw new NotFoundException("Need " + needId + " takes no offers");
		}
		return need;
	}

	/**
	 * Needs that take offers, matching the words typed (title and description through the
	 * need's full-text column, or the company's name); without words the ones closing
	 * soonest.
	 */
	@Transactional(readOnly = true)
	public List<RecommendationPicks.NeedPick> searchNeeds(@Nullable String query) {
		String tsq = prefixQuery(query);
		String filter = tsq == null ? ""
				: " and (n.search @@ to_tsquery('indonesian', :tsq) or c.name ilike :like escape '\\')";
		var spec = jdbc.sql("""
				select n.id, n.title, c.name, n.regency_code, n.deadline
				from need_summary n join company_summary c on c.id = n.company_id
				where need_takes_offers(n.status, n.deadline, :today)""" + filter
		// (a one-line text block loses its leading space, which glued "order" to ":today"
		// without a filter)
				+ " order by n.deadline, n.id limit :limit")
			.param("today", LocalDate.now(clock))
			.param("limit", PICKS);
		if (tsq != null && query != null) {
			spec = spec.param("tsq", tsq).param("like", "%" + likeEscape(query.strip()) + "%");
		}
		return spec
			.query((rs, n) -> new RecommendationPicks.NeedPick(rs.getLong("id"), rs.getString("title"),
					rs.getString("name"), regions.regencyName(rs.getString("regency_code")),
					rs.getObject("deadline", LocalDate.class)))
			.list();
	}

	/**
	 * UMKM of the officer's province whose name (or description) has the words typed, as
	 * prefixes, most relevant first, with readiness; none for an officer without a
	 * province.
	 */
	@Transactional(readOnly = true)
	public List<RecommendationPicks.UmkmPick> searchUmkm(SimitraUser officer, @Nullable String query, Long needId) {
		String tsq = prefixQuery(query);
		Optional<String> scope = officers.regencyPattern(officer);
		if (tsq == null || scope.isEmpty()) {
			return List.of();
		}
		List<Object[]> rows = jdbc
			.sql("""
					select u.id, u.business_name, u.regency_code, u.verified_at is not null as verified,
					       exists (select 1 from need_recommendation r where r.need_id = :need and r.umkm_id = u.id) as recommended
					from umkm_listing u where u.search @@ to_tsquery('indonesian', :tsq) and u.regency_code like :scope
					order by ts_rank(u.search, to_tsquery('indonesian', :tsq)) desc, u.id limit :limit
					""")
			.param("tsq", tsq)
			.param("scope", scope.get())
			.param("need", needId == null ? -1L : needId)
			.param("limit", PICKS)
			.query((rs,
					n) -> new Object[] { rs.getLong("id"), rs.getString("business_name"), rs.getString("regency_code"),
							rs.getBoolean("verified"), rs.getBoolean("recommended") })
			.list();
		Map<Long, Readiness> scores = readiness.of(rows.stream().map(r -> (Long) r[0]).toList());
		return rows.stream()
			.map(r -> new RecommendationPicks.UmkmPick((Long) r[0], (String) r[1], regions.regencyName((String) r[2]),
					scores.containsKey(r[0]) ? scores.get(r[0]).score() : 0, (Boolean) r[3], (Boolean) r[4]))
			.toList();
	}

	/**
	 * "kopi sipi" becomes {@code kopi:* & sipi:*}: every word, as a prefix, so a
	 * half-typed name still finds the business. Only letters and digits pass, so nothing
	 * typed can break the query syntax. Null without words.
	 */
	static @Nullable String prefixQuery(@Nullable String query) {
		if (query == null) {
			return null;
		}
		List<String> words = java.util.Arrays.stream(query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
			.filter(w -> !w.isBlank())
			.limit(8)
			.map(w -> w + ":*")
			.toList();
		return words.isEmpty() ? null : words.stream().collect(Collectors.joining(" & "));
	}

	private static String likeEscape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
