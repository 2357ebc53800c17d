package id.simitra.umkm;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
import id.simitra.reference.KbliService;
import id.simitra.reference.RegionService;
import id.simitra.umkm.internal.Umkm;
import id.simitra.umkm.internal.ReviewTrail;
import id.simitra.umkm.internal.UmkmIdentityRow;
import id.simitra.umkm.internal.UmkmRepository;
import id.simitra.umkm.internal.UmkmSummary;

@Service
public class UmkmService {

	private final UmkmRepository umkms;

	private final RegionService regions;

	private final KbliService kbli;

	private final ReadinessService readiness;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final OfficerScope officers;

	/** A verified identity is told to the owner by the notification module. */
	private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	private final ApplicationEventPublisher events;

	private final ReviewTrail trail;

	UmkmService(UmkmRepository umkms, RegionService regions, KbliService kbli, ReadinessService readiness,
			JdbcClient jdbc, Clock clock, OfficerScope officers, ApplicationEventPublisher events, ReviewTrail trail) {
		this.events = events;
		this.trail = trail;
		this.officers = officers;
		this.umkms = umkms;
		this.regions = regions;
		this.kbli = kbli;
		this.readiness = readiness;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<UmkmView> findByOwner(Long accountId) {
		return umkms.findByOwnerId(accountId).map(this::toView);
	}

	@Transactional(readOnly = true)
	public Optional<Long> findIdByOwner(Long accountId) {
		return umkms.findByOwnerId(accountId).map(Umkm::getId);
	}

	@Transactional(readOnly = true)
	public UmkmView get(Long id) {
		return umkms.findById(id).map(this::toView).orElseThrow(() -> new NotFoundException("UMKM " + id));
	}

	@Transactional(readOnly = true)
	public boolean isVerified(Long umkmId) {
		return jdbc.sql("select verified_at is not null from umkm where id = ?")
			.param(umkmId)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/**
	 * UMKM whose business name contains the text (trigram index), for look-ups by name.
	 */
	@Transactional(readOnly = true)
	public java.util.List<UmkmSummary> findByName(String text, int limit) {
		return jdbc.sql("""
				select u.id, u.business_name, r.name from umkm u join region r on r.code = u.regency_code
				where u.business_name ilike '%' || :q || '%' order by u.business_name, u.id limit :n
				""")
			.param("q", text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"))
			.param("n", limit)
			.query((rs, i) -> new UmkmSummary(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	/** Owner account ids by UMKM id, for notifying several UMKM at once. */
	@Transactional(readOnly = true)
	public java.util.Map<Long, Long> ownerIds(java.util.Collection<Long> ids) {
		java.util.Map<Long, Long> owners = new java.util.HashMap<>();
		umkms.findAllById(ids).forEach(u -> owners.put(u.getId(), u.getOwnerId()));
		return owners;
	}

	/**
	 * Business names by id, for lists in other modules (one query for a whole page, not
	 * one per row).
	 */
	@Transactional(readOnly = true)
	public java.util.Map<Long, String> names(java.util.Collection<Long> ids) {
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		umkms.findAllById(ids).forEach(u -> names.put(u.getId(), u.getBusinessName()));
		return names;
	}

	@Transactional(readOnly = true)
	public boolean nibTakenByOther(@Nullable String nib, Long ownerId) {
		if (nib == null) {
			return false;
		}
		return umkms.findByOwnerId(ownerId)
			.map(u -> umkms.existsByNibAndIdNot(nib, u.getId()))
			.orElseGet(() -> umkms.existsByNib(nib));
	}

	/**
	 * Creates the owner's profile or updates it. {@code expectedVersion} guards against
	 * two tabs (or two people sharing a login) overwriting each other: a stale edit is a
	 * 409, not a silent loss.
	 */
	@Transactional
	public UmkmView saveProfile(Long ownerId, UmkmProfile profile, @Nullable Long expectedVersion) {
		Umkm umkm = umkms.findByOwnerId(ownerId).orElseGet(() -> new Umkm(ownerId, profile));
		if (umkm.getId() != null && expectedVersion != null && expectedVersion != umkm.getVersion()) {
			throw new ConflictException("UMKM profile changed since it was opened");
		}
		String regencyBefore = umkm.getId() == null ? null : umkm.getRegencyCode();
		Set<String> kbliBefore = umkm.getId() == null ? null : Set.copyOf(umkm.getKbliCodes());
		umkm.update(profile);
		UmkmView saved = toView(umkms.saveAndFlush(umkm));
		if (regencyBefore != null && !regencyBefore.equals(saved.regencyCode())) {
			events.publishEvent(new UmkmMoved(saved.id(), saved.regencyCode()));
		}
		if (kbliBefore != null && !kbliBefore.equals(Set.copyOf(umkm.getKbliCodes()))) {
			events.publishEvent(new UmkmActivitiesChanged(saved.id()));
		}
		return saved;
	}

	/**
	 * An officer confirms the business's identity (name, owner, NIB) against the papers.
	 * Written with SQL and without bumping the profile's version: the owner editing the
	 * profile at the same moment should not get a conflict page for a change they cannot
	 * see. A later change of name, owner or NIB clears it again.
	 */
	@Transactional
	public void verifyIdentity(SimitraUser officer, Long umkmId) {
		verify(officer, umkmId, null);
	}

	/**
	 * The officer's decision on the identity page (issue 16 §2), recorded in the review
	 * trail with the note: {@code verify} confirms the identity (note optional);
	 * otherwise the note says what is missing (required) and the UMKM stays unverified.
	 * 409 when it was verified meanwhile (by another officer, or in another tab).
	 */
	@Transactional
	public void decideIdentity(SimitraUser officer, Long umkmId, boolean verify, @Nullable String note) {
		if (verify) {
			if (!verify(officer, umkmId, note)) {
				throw new ConflictException("UMKM " + umkmId + " was verified meanwhile");
			}
			return;
		}
		if (!officer.is(Role.OFFICER)) {
			throw new AccessDeniedException("Only officers review UMKM identity");
		}
		requireInScope(officer, umkmId);
		if (note == null || note.isBlank()) {
			throw new IllegalArgumentException("A note on what is missing is required");
		}
		boolean verified = jdbc.sql("select verified_at is not null from umkm where id = ?")
			.param(umkmId)
			.query(Boolean.class)
			.single();
		if (verified) {
			throw new ConflictException("UMKM " + umkmId + " was verified meanwhile");
		}
		trail.record(umkmId, null, ReviewTrail.Kind.IDENTITY_NOTE, note, officer.accountId());
	}

	/** Whether this call verified it (false: it already was). */
	private boolean verify(SimitraUser officer, Long umkmId, @Nullable String note) {
		if (!officer.is(Role.OFFICER)) {
			throw new AccessDeniedException("Only officers verify UMKM identity");
		}
		requireInScope(officer, umkmId);
		int verified = jdbc
			.sql("update umkm set verified_at = :at, verified_by = :officer where id = :id and verified_at is null")
			.param("at", OffsetDateTime.ofInstant(Instant.now(clock), clock.getZone()))
			.param("officer", officer.accountId())
			.param("id", umkmId)
			.update();
		if (verified > 0) {
			trail.record(umkmId, null, ReviewTrail.Kind.IDENTITY_VERIFIED, note, officer.accountId());
			events.publishEvent(new IdentityVerified(umkmId, get(umkmId).businessName()));
		}
		return verified > 0;
	}

	/**
	 * What the officer checks an UMKM's identity against (issue 16 §2): the profile (NIB,
	 * owner, address, phone), when it registered, whether and by whom it was verified,
	 * and the officers' earlier decisions with their notes. 404 outside the officer's
	 * province.
	 */
	@Transactional(readOnly = true)
	public IdentityCase identityCase(SimitraUser officer, Long umkmId) {
		if (!officer.is(Role.OFFICER)) {
			throw new AccessDeniedException("Only officers review UMKM identity");
		}
		requireInScope(officer, umkmId);
		IdentityCase.Verification v = jdbc.sql("""
				select u.created_at, u.verified_at, a.display_name
				from umkm u left join account_person a on a.id = u.verified_by where u.id = ?""")
			.param(umkmId)
			.query((rs, n) -> {
				OffsetDateTime at = rs.getObject("verified_at", OffsetDateTime.class);
				return new IdentityCase.Verification(rs.getObject("created_at", OffsetDateTime.class).toInstant(),
						at == null ? null : at.toInstant(), rs.getString("display_name"));
			})
			.single();
		return new IdentityCase(get(umkmId), v, trail.of(umkmId));
	}

	/**
	 * 404 unless the UMKM exists and is in the officer's province ({@link OfficerScope}):
	 * for officer actions on an UMKM in other modules too (recommendations).
	 */
	@Transactional(readOnly = true)
	public void requireInScope(SimitraUser officer, Long umkmId) {
		String regency = umkms.findById(umkmId).map(Umkm::getRegencyCode).orElse(null);
		if (!officers.covers(officer, regency)) {
			throw new NotFoundException("UMKM " + umkmId + " in the officer's province");
		}
	}

	/**
	 * UMKM of the officer's province for the identity list, oldest registrations first,
	 * with their readiness score; empty for an officer without a province.
	 */
	@Transactional(readOnly = true)
	public PageView<UmkmIdentityRow> listForOfficer(SimitraUser officer, boolean unverifiedOnly, int page) {
		return listForOfficer(officer, unverifiedOnly, IdentityQuery.NONE, page);
	}

	/**
	 * The identity queue searched (issue 16 §2): by business or owner name, by regency of
	 * the officer's province (another regency finds nothing), and by registration on or
	 * before a day (WIB): "waiting since".
	 */
	@Transactional(readOnly = true)
	public PageView<UmkmIdentityRow> listForOfficer(SimitraUser officer, boolean unverifiedOnly, IdentityQuery query,
			int page) {
		PageRequest request = PageRequest.of(Math.max(page, 0), 20);
		Optional<String> scope = officers.regencyPattern(officer);
		if (scope.isEmpty()) {
			return PageView.of(new PageImpl<>(List.of(), request, 0));
		}
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("scope", scope.get());
		StringBuilder where = new StringBuilder(" where u.regency_code like :scope");
		if (unverifiedOnly) {
			where.append(" and u.verified_at is null");
		}
		String regency = query.regencyCode();
		if (regency != null) {
			where.append(" and u.regency_code = :regency");
			params.put("regency", regency);
		}
		String name = query.name();
		if (name != null) {
			where.append(" and (u.business_name ilike :name escape '\\' or u.owner_name ilike :name escape '\\')");
			params.put("name", "%" + name.replaceAll("([\\\\%_])", "\\\\$1") + "%");
		}
		if (query.registeredUntil() != null) {
			where.append(" and u.created_at < :until");
			params.put("until", query.registeredUntil().plusDays(1).atStartOfDay(WIB).toOffsetDateTime());
		}
		long total;
		if (name == null && query.registeredUntil() == null) {
			// From umkm's per-day counts (V77): counting the UMKM of a province read all
			// of them (1.2 M in North Sumatra) on every page of the list.
			total = jdbc
				.sql("select coalesce(sum(registered" + (unverifiedOnly ? " - verified" : "")
						+ "), 0) from umkm_daily_count where regency_code like :scope"
						+ (regency != null ? " and regency_code = :regency" : ""))
				.params(params)
				.query(Long.class)
				.single();
		}
		else {
			total = jdbc.sql("select count(*) from umkm u" + where).params(params).query(Long.class).single();
		}
		Map<String, Object> pageParams = new LinkedHashMap<>(params);
		pageParams.put("limit", request.getPageSize());
		pageParams.put("offset", request.getOffset());
		List<IdentityRow> rows = jdbc.sql("""
				select u.id, u.business_name, u.owner_name, u.nib, u.regency_code, u.verified_at, a.display_name,
				       u.created_at
				from umkm u left join account_person a on a.id = u.verified_by
				""" + where + " order by u.created_at, u.id limit :limit offset :offset")
			.params(pageParams)
			.query((rs, n) -> {
				OffsetDateTime verifiedAt = rs.getObject("verified_at", OffsetDateTime.class);
				return new IdentityRow(rs.getLong("id"), rs.getString("business_name"), rs.getString("owner_name"),
						rs.getString("nib"), rs.getString("regency_code"),
						verifiedAt == null ? null : verifiedAt.toInstant(), rs.getString("display_name"),
						rs.getObject("created_at", OffsetDateTime.class).toInstant());
			})
			.list();
		Map<Long, Readiness> scores = readiness.of(rows.stream().map(IdentityRow::id).toList());
		List<UmkmIdentityRow> items = rows.stream()
			.map(r -> new UmkmIdentityRow(r.id(), r.businessName(), r.ownerName(), r.nib(),
					regions.regencyName(r.regencyCode()), r.verifiedAt(), r.verifierName(),
					scores.containsKey(r.id()) ? scores.get(r.id()).score() : 0, r.registeredAt()))
			.toList();
		return PageView.of(new PageImpl<>(items, request, total));
	}

	private record IdentityRow(Long id, String businessName, String ownerName, @Nullable String nib, String regencyCode,
			@Nullable Instant verifiedAt, String verifierName, Instant registeredAt) {
	}

	private UmkmView toView(Umkm u) {
		var regency = regions.regency(u.getRegencyCode());
		return new UmkmView(u.getId(), u.getOwnerId(), u.getBusinessName(), u.getOwnerName(), u.getNib(),
				u.getKbliCodes().stream().map(c -> new UmkmView.KbliLabel(c, kbli.label(c))).toList(),
				u.getRegencyCode(), regency.map(RegionService.Regency::name).orElse(u.getRegencyCode()),
				regency.map(RegionService.Regency::provinceName).orElse(""), u.getAddress(), u.getPhone(),
				u.getDescription(), u.getBusinessCapital(), u.getAnnualSales(), u.getSizeClass(),
				u.getSizeClassBySales(), u.getVersion());
	}

}
