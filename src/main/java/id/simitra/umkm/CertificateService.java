package id.simitra.umkm;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.account.OfficerScope;
import id.simitra.account.Role;
import id.simitra.account.SimitraUser;
import id.simitra.platform.ConflictException;
import id.simitra.platform.NotFoundException;
import id.simitra.platform.PageView;
import id.simitra.umkm.internal.Certificate;
import id.simitra.umkm.internal.CertificateRepository;
import id.simitra.umkm.internal.CertificateType;
import id.simitra.umkm.internal.CertificateTypeRepository;
import id.simitra.umkm.internal.ReviewTrail;

/**
 * Permits and certificates of UMKM: the owner's list and edits, the officers' review
 * queue, and which kinds an UMKM validly holds today (for readiness, and for matching and
 * filters elsewhere).
 */
@Service
public class CertificateService {

	/*
	 * The rule "a certificate counts" lives in SQL (R__certificate_standing.sql,
	 * docs/certificates.md); these are its calls on an umkm_certificate row aliased c,
	 * with :today bound to a LocalDate from the Clock. PostgreSQL inlines the functions,
	 * so the partial indexes on umkm_certificate still serve them.
	 */

	/**
	 * SQL condition: verified by an officer and not expired on {@code :today}.
	 * Required-grade.
	 */
	public static final String COUNTS_SQL = "certificate_counts(c.status, c.expires_on, :today)";

	/**
	 * SQL condition: not rejected and not expired (verified, or submitted and waiting for
	 * an officer).
	 */
	public static final String IN_FORCE_SQL = "certificate_in_force(c.status, c.expires_on, :today)";

	/**
	 * SQL expression: the {@link CertificateStanding} name of the row on {@code :today}.
	 */
	public static final String STANDING_SQL = "certificate_standing(c.status, c.expires_on, :today)";

	static final int PAGE_SIZE = 20;

	private static final String VIEW_SELECT = """
			select c.id, c.umkm_id, u.business_name, c.type_code, c.number, c.issued_on, c.expires_on, c.issuer,
			       c.document_id, c.status, c.review_reason, a.display_name as reviewer_name, c.reviewed_at,
			       c.created_at, c.version, %s as standing
			from umkm_certificate c
			join umkm u on u.id = c.umkm_id
			join certificate_type t on t.code = c.type_code
			left join account_person a on a.id = c.reviewed_by
			""".formatted(STANDING_SQL);

	private final CertificateRepository certificates;

	private final CertificateTypeRepository types;

	private final DocumentService documents;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final OfficerScope officers;

	/** An officer's decision is told to the owner by the notification module. */
	private final ApplicationEventPublisher events;

	/** Decisions with their notes, for the identity page (issue 16 §2). */
	private final ReviewTrail trail;

	CertificateService(CertificateRepository certificates, CertificateTypeRepository types, DocumentService documents,
			JdbcClient jdbc, Clock clock, OfficerScope officers, ApplicationEventPublisher events, ReviewTrail trail) {
		this.events = events;
		this.trail = trail;
		this.officers = officers;
		this.certificates = certificates;
		this.types = types;
		this.documents = documents;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * SQL condition "the UMKM {@code umkmIdExpression} holds a certificate that counts
	 * (verified, not expired) of one of the kinds bound to {@code :typesParameter}" (a
	 * collection of codes); also bind {@code :today}. The inner alias is {@code c}, so
	 * pass an expression of the outer query that does not use it, e.g. {@code "u.id"}.
	 */
	public static String holdsCountingSql(String umkmIdExpression, String typesParameter) {
		return holdsSql(umkmIdExpression, typesParameter, "umkm_valid_certificate(:today)");
	}

	/**
	 * As {@link #holdsCountingSql}, for a certificate in force: verified, or submitted
	 * and waiting for an officer.
	 */
	public static String holdsInForceSql(String umkmIdExpression, String typesParameter) {
		return holdsSql(umkmIdExpression, typesParameter,
				"(select * from umkm_certificate_claim(:today) x where x.in_force)");
	}

	private static String holdsSql(String umkmIdExpression, String typesParameter, String relation) {
		return "exists (select 1 from " + relation + " c where c.umkm_id = " + umkmIdExpression
				+ " and c.type_code in (:" + typesParameter + "))";
	}

	/** Today in North Sumatra. */
	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/**
	 * Codes of the kinds this UMKM holds in force on {@code today}: not rejected, not
	 * expired, verified or still waiting for an officer. Use {@link #COUNTS_SQL} where
	 * only verified ones may count.
	 */
	@Transactional(readOnly = true)
	public Set<String> validTypesOf(Long umkmId, LocalDate today) {
		return new TreeSet<>(jdbc
			.sql("select distinct c.type_code from umkm_certificate c where c.umkm_id = :umkm and " + IN_FORCE_SQL)
			.param("umkm", umkmId)
			.param("today", today)
			.query(String.class)
			.list());
	}

	@Transactional(readOnly = true)
	public Set<String> validTypesOf(Long umkmId) {
		return validTypesOf(umkmId, today());
	}

	/**
	 * Kinds an owner can choose, in the order of the seed (identity first, then food
	 * permits...).
	 */
	@Transactional(readOnly = true)
	public List<CertificateTypeView> activeTypes() {
		return types.findAllByOrderBySortOrderAscCodeAsc()
			.stream()
			.filter(CertificateType::isActive)
			.map(CertificateType::toView)
			.toList();
	}

	/**
	 * Any kind, active or not (an old certificate keeps a kind that was later retired).
	 */
	@Transactional(readOnly = true)
	public Optional<CertificateTypeView> type(String code) {
		return code == null ? Optional.empty() : types.findById(code.strip()).map(CertificateType::toView);
	}

	@Transactional(readOnly = true)
	public PageView<CertificateView> listOf(Long umkmId, int page) {
		long total = jdbc.sql("select count(*) from umkm_certificate where umkm_id = :umkm")
			.param("umkm", umkmId)
			.query(Long.class)
			.single();
		return page(VIEW_SELECT + " where c.umkm_id = :umkm order by t.sort_order, c.issued_on desc, c.id",
				Map.of("umkm", umkmId), page, total);
	}

	/**
	 * Certificates of UMKM in the officer's province waiting for review, the
	 * longest-waiting first; empty for an officer without a province
	 * ({@link OfficerScope}).
	 */
	@Transactional(readOnly = true)
	public PageView<CertificateView> reviewQueue(SimitraUser officer, int page) {
		Optional<String> scope = officers.regencyPattern(officer);
		if (scope.isEmpty()) {
			return PageView.of(new PageImpl<>(List.of(), PageRequest.of(Math.max(page, 0), PAGE_SIZE), 0));
		}
		return page(
				VIEW_SELECT + " where c.status = 'SUBMITTED' and c.regency_code like :scope"
						+ " order by c.created_at, c.id",
				Map.of("scope", scope.get()), page, waitingForReview(officer));
	}

	/** How many certificates of the officer's province wait for review. */
	@Transactional(readOnly = true)
	public long waitingForReview(SimitraUser officer) {
		return officers.regencyPattern(officer).map(scope -> jdbc.sql("""
				select count(*) from umkm_certificate c
				where c.status = 'SUBMITTED' and c.regency_code like :scope
				""").param("scope", scope).query(Long.class).single()).orElse(0L);
	}

	/** A certificate for an officer: 404 unless its UMKM is in the officer's province. */
	@Transactional(readOnly = true)
	public CertificateView getForOfficer(SimitraUser officer, Long id) {
		inScope(officer, id);
		return get(id);
	}

	/** Any certificate (callers check who may see it). */
	@Transactional(readOnly = true)
	CertificateView get(Long id) {
		return views(VIEW_SELECT + " where c.id = :id", Map.of("id", id)).stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Certificate " + id));
	}

	/**
	 * The certificate, if it belongs to this UMKM: 404 when it does not exist or is
	 * someone else's.
	 */
	@Transactional(readOnly = true)
	public CertificateView getOwned(Long id, Long umkmId) {
		owned(id, umkmId);
		return get(id);
	}

	@Transactional
	public CertificateView create(Long umkmId, CertificateData data) {
		if (data.document() == null) {
			throw new IllegalArgumentException("A new certificate needs its document");
		}
		Long documentId = documents.store(umkmId, data.document());
		return get(certificates.saveAndFlush(new Certificate(umkmId, data, documentId)).getId());
	}

	/**
	 * {@code expectedVersion} turns an edit from a stale page into a 409 instead of a
	 * silent overwrite.
	 */
	@Transactional
	public CertificateView update(Long id, Long umkmId, CertificateData data, @Nullable Long expectedVersion) {
		Certificate c = owned(id, umkmId);
		if (expectedVersion != null && expectedVersion != c.getVersion()) {
			throw new ConflictException("Certificate changed since it was opened");
		}
		Long newDocumentId = data.document() == null ? null : documents.store(umkmId, data.document());
		Long replaced = c.update(data, newDocumentId);
		certificates.saveAndFlush(c);
		if (replaced != null) {
			documents.delete(replaced);
		}
		return get(id);
	}

	@Transactional
	public void delete(Long id, Long umkmId) {
		Certificate c = owned(id, umkmId);
		Long documentId = c.getDocumentId();
		certificates.delete(c);
		certificates.flush();
		if (documentId != null) {
			documents.delete(documentId);
		}
	}

	/**
	 * An officer verifies or rejects a submitted certificate. {@code expectedVersion} is
	 * the version the officer looked at: if the owner changed the certificate meanwhile,
	 * the decision is a conflict (409), not a verification of something nobody saw.
	 */
	@Transactional
	public void decide(SimitraUser officer, Long id, boolean verify, @Nullable String reason,
			@Nullable Long expectedVersion) {
		if (!officer.is(Role.OFFICER)) {
			throw new AccessDeniedException("Only officers verify certificates");
		}
		inScope(officer, id);
		Certificate c = certificates.findById(id).orElseThrow(() -> new NotFoundException("Certificate " + id));
		if (expectedVersion != null && expectedVersion != c.getVersion()) {
			throw new ConflictException("Certificate changed since the officer opened it");
		}
		c.decide(verify, officer.accountId(), reason == null || reason.isBlank() ? null : reason.strip(),
				Instant.now(clock));
		certificates.saveAndFlush(c);
		trail.record(c.getUmkmId(), c.getId(),
				verify ? ReviewTrail.Kind.CERTIFICATE_VERIFIED : ReviewTrail.Kind.CERTIFICATE_REJECTED, reason,
				officer.accountId());
		events.publishEvent(new CertificateReviewed(c.getId(), c.getUmkmId(), c.getTypeCode(), c.getNumber(),
				c.isVerified(), c.getReviewReason()));
	}

	/** 404 unless the certificate exists and its UMKM is in the officer's province. */
	private void inScope(SimitraUser officer, Long id) {
		String regency = jdbc.sql("""
				select u.regency_code from umkm_certificate c join umkm u on u.id = c.umkm_id where c.id = :id
				""").param("id", id).query(String.class).optional().orElse(null);
		if (!officers.covers(officer, regency)) {
			throw new NotFoundException("Certificate " + id + " in the officer's province");
		}
	}

	private Certificate owned(Long id, Long umkmId) {
		Certificate c = certificates.findById(id).orElseThrow(() -> new NotFoundException("Certificate " + id));
		if (!c.getUmkmId().equals(umkmId)) {
			// Another UMKM's certificate is private (only badges are public): do not
			// confirm it exists.
			throw new NotFoundException("Certificate " + id + " of another UMKM");
		}
		return c;
	}

	private PageView<CertificateView> page(String sql, Map<String, ?> params, int page, long total) {
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
		Map<String, Object> all = new LinkedHashMap<>(params);
		all.put("limit", request.getPageSize());
		all.put("offset", request.getOffset());
		List<CertificateView> items = views(sql + " limit :limit offset :offset", all);
		return PageView.of(new PageImpl<>(items, request, total));
	}

	private List<CertificateView> views(String sql, Map<String, ?> params) {
		Map<String, CertificateTypeView> kinds = new LinkedHashMap<>();
		types.findAll().stream().map(CertificateType::toView).forEach(t -> kinds.put(t.code(), t));
		Map<String, Object> all = new LinkedHashMap<>(params);
		all.put("today", today());
		return jdbc.sql(sql).params(all).query((rs, n) -> view(rs, kinds)).list();
	}

	private static CertificateView view(ResultSet rs, Map<String, CertificateTypeView> kinds) throws SQLException {
		LocalDate expiresOn = rs.getObject("expires_on", LocalDate.class);
		return new CertificateView(rs.getLong("id"), rs.getLong("umkm_id"), rs.getString("business_name"),
				Objects.requireNonNull(kinds.get(rs.getString("type_code"))), rs.getString("number"),
				rs.getObject("issued_on", LocalDate.class), expiresOn, rs.getString("issuer"),
				rs.getObject("document_id", Long.class), CertificateStatus.valueOf(rs.getString("status")),
				rs.getString("review_reason"), rs.getString("reviewer_name"), instant(rs, "reviewed_at"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getLong("version"),
				CertificateStanding.valueOf(rs.getString("standing")));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
