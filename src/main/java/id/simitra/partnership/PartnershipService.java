package id.simitra.partnership;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.account.AccountService;
import id.simitra.account.OfficerScope;
import id.simitra.account.Role;
import id.simitra.account.SimitraUser;
import id.simitra.company.CompanyService;
import id.simitra.company.CompanyView;
import id.simitra.need.NeedService;
import id.simitra.need.NeedView;
import id.simitra.offer.AcceptedOffers;
import id.simitra.partnership.internal.AuditEntry;
import id.simitra.partnership.internal.AuditQuery;
import id.simitra.partnership.internal.DeclineCoolOff;
import id.simitra.partnership.internal.Partnership;
import id.simitra.partnership.internal.PartnershipAccess;
import id.simitra.partnership.internal.PartnershipEvent;
import id.simitra.partnership.internal.PartnershipEventRepository;
import id.simitra.partnership.internal.PartnershipRating;
import id.simitra.partnership.internal.PartnershipRatingRepository;
import id.simitra.partnership.internal.PartnershipRepository;
import id.simitra.partnership.internal.PartnershipView;
import id.simitra.partnership.internal.ProposalBlock;
import id.simitra.partnership.internal.SecondApproval;
import id.simitra.partnership.internal.TrackRecord;
import id.simitra.platform.ConflictException;
import id.simitra.platform.NotFoundException;
import id.simitra.platform.PageView;
import id.simitra.reference.RegionService;
import id.simitra.umkm.DocumentService;
import id.simitra.umkm.NewDocument;
import id.simitra.umkm.UmkmService;
import id.simitra.umkm.UmkmView;

/**
 * Partnerships from the company's draft to completion: the status steps of
 * {@link PartnershipAction}, the terms and agreement, the audit trail (every change,
 * append-only), ratings, and the events that tell whoever must act next
 * ({@link PartnershipStepTaken}, {@link PartnershipRated}; the notification module
 * listens). Each change reads the partnership in its own transaction, checks the status
 * it starts from there, and writes with the optimistic lock, so of two people acting at
 * once one succeeds and the other gets the 409 page.
 */
@Service
public class PartnershipService {

	static final int PAGE_SIZE = 20;

	private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	private static final Set<PartnershipEvent.Kind> MAKER_KINDS = EnumSet.of(PartnershipEvent.Kind.CREATED,
			PartnershipEvent.Kind.EDITED);

	private final PartnershipRepository partnerships;

	private final PartnershipEventRepository events;

	private final PartnershipRatingRepository ratings;

	private final CompanyService companies;

	private final UmkmService umkms;

	private final NeedService needs;

	private final AccountService accounts;

	private final RegionService regions;

	private final DocumentService documents;

	private final ApplicationEventPublisher published;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final PartnershipAccess access;

	private final OfficerScope officers;

	private final DeclineCoolOff coolOff;

	private final MeetingLink meetingLink;

	private final SecondApproval secondApproval;

	/** The accepted offer a proposal starts from (issue 16). */
	private final AcceptedOffers acceptedOffers;

	PartnershipService(PartnershipRepository partnerships, PartnershipEventRepository events,
			PartnershipRatingRepository ratings, CompanyService companies, UmkmService umkms, NeedService needs,
			AccountService accounts, RegionService regions, DocumentService documents,
			ApplicationEventPublisher published, JdbcClient jdbc, Clock clock, PartnershipAccess access,
			OfficerScope officers, DeclineCoolOff coolOff, MeetingLink meetingLink, SecondApproval secondApproval,
			AcceptedOffers acceptedOffers) {
		this.meetingLink = meetingLink;
		this.secondApproval = secondApproval;
		this.acceptedOffers = acceptedOffers;
		this.partnerships = partnerships;
		this.events = events;
		this.ratings = ratings;
		this.companies = companies;
		this.umkms = umkms;
		this.needs = needs;
		this.accounts = accounts;
		this.regions = regions;
		this.documents = documents;
		this.published = published;
		this.jdbc = jdbc;
		this.clock = clock;
		this.access = access;
		this.officers = officers;
		this.coolOff = coolOff;
	}

	/**
	 * Why this company may not propose to this UMKM now: it declined the company's
	 * proposal recently ({@link DeclineCoolOff}). Empty when it may (and for anybody
	 * without a company).
	 */
	@Transactional(readOnly = true)
	public Optional<ProposalBlock> proposalBlock(SimitraUser companyUser, Long umkmId) {
		return companies.findByMember(companyUser.accountId()).flatMap(c -> coolOff.blockFor(c.id(), umkmId));
	}

	/**
	 * Whether this need already has a partnership with this UMKM that is still going
	 * somewhere.
	 */
	@Transactional(readOnly = true)
	public boolean hasActive(Long needId, Long umkmId) {
		return partnerships.existsByNeedIdAndUmkmIdAndStatusIn(needId, umkmId, PartnershipStatus.LIVE);
	}

	/**
	 * Creates the partnership and proposes it to the UMKM at once (the declaration is
	 * required).
	 */
	@Transactional
	public Long propose(SimitraUser companyUser, Long needId, Long umkmId, ProposalData data) {
		return propose(companyUser, needId, umkmId, data, null);
	}

	/**
	 * Proposes as above, after a business-matching meeting (issue 14): the partnership
	 * remembers {@code meetingId} (see {@link #requireMeeting}).
	 */
	@Transactional
	public Long propose(SimitraUser companyUser, Long needId, Long umkmId, ProposalData data,
			@Nullable Long meetingId) {
		if (!data.noControlDeclared()) {
			throw new IllegalArgumentException("Proposing needs the no-control declaration");
		}
		Partnership p = create(companyUser, needId, umkmId, data, meetingId);
		requireNoBlock(p);
		transition(p, PartnershipAction.PROPOSE, companyUser, null);
		return p.getId();
	}

	/**
	 * Creates the partnership as a DRAFT that only the company sees until it proposes it.
	 */
	@Transactional
	public Long createDraft(SimitraUser companyUser, Long needId, Long umkmId, ProposalData data) {
		return createDraft(companyUser, needId, umkmId, data, null);
	}

	/** A draft that remembers the meeting it came from (issue 14). */
	@Transactional
	public Long createDraft(SimitraUser companyUser, Long needId, Long umkmId, ProposalData data,
			@Nullable Long meetingId) {
		return create(companyUser, needId, umkmId, data, meetingId).getId();
	}

	/**
	 * A proposal form that says it comes from a business-matching meeting names one of
	 * this company's meetings with this UMKM about this need, which took place (the event
	 * module answers, {@link MeetingLink}); any other id is 404, as if there were no such
	 * meeting. Nothing to check without one.
	 */
	@Transactional(readOnly = true)
	public void requireMeeting(SimitraUser companyUser, Long needId, Long umkmId, @Nullable Long meetingId) {
		if (meetingId == null) {
			return;
		}
		CompanyView company = ownCompany(companyUser);
		if (!meetingLink.isMeetingOf(meetingId, company.id(), needId, umkmId)) {
			throw new NotFoundException("Meeting " + meetingId + " of need " + needId + " and UMKM " + umkmId);
		}
	}

	/**
	 * The company changes the terms of a draft or of a partnership the Dinas returned.
	 * {@code expectedVersion} is the version the form showed: a change made meanwhile
	 * makes this a conflict, not a silent overwrite.
	 */
	@Transactional
	public void edit(SimitraUser companyUser, Long id, ProposalData data, @Nullable Long expectedVersion) {
		Partnership p = findVisible(companyUser, id);
		requireSide(companyUser, p, Role.COMPANY);
		checkVersion(p, expectedVersion);
		if (!PartnershipAction.EDITABLE.contains(p.getStatus())) {
			throw new ConflictException("Partnership " + id + " is " + p.getStatus() + " and cannot be edited");
		}
		List<String[]> changes = p.edit(data, location(data.regencyCode(), p.getUmkmId()));
		if (changes.isEmpty()) {
			return;
		}
		partnerships.saveAndFlush(p);
		record(p, PartnershipEvent.Kind.EDITED, p.getStatus(), p.getStatus(), companyUser, null, summary(changes));
	}

	/**
	 * The company attaches the signed agreement (PDF only) before submitting; a new
	 * upload replaces the old.
	 */
	@Transactional
	public void uploadAgreement(SimitraUser companyUser, Long id, NewDocument document,
			@Nullable Long expectedVersion) {
		if (!"application/pdf".equals(document.contentType())) {
			throw new IllegalArgumentException("The agreement must be a PDF");
		}
		Partnership p = findVisible(companyUser, id);
		requireSide(companyUser, p, Role.COMPANY);
		checkVersion(p, expectedVersion);
		if (!PartnershipAction.AGREEMENT_UPLOAD.contains(p.getStatus())) {
			throw new ConflictException("Partnership " + id + " is " + p.getStatus() + ": no agreement upload now");
		}
		// The replaced file is kept: the audit trail refers to what was attached when.
		Long replaced = p.attachAgreement(documents.storeFromCompany(p.getCompanyId(), p.getUmkmId(), document));
		partnerships.saveAndFlush(p);
		record(p, PartnershipEvent.Kind.EDITED, p.getStatus(), p.getStatus(), companyUser, null, summary(List
			.<String[]>of(new String[] { "agreement", replaced == null ? "-" : "#" + replaced, document.fileName() })));
	}

	/**
	 * Takes one step of the lifecycle for the reader. {@code declared}: the no-control
	 * declaration ticked on the form (proposing and submitting need it). 404 when the
	 * reader may not see the partnership at all ({@link PartnershipAccess}), 403 when the
	 * step is not the reader's to take, 409 when the partnership is not (or no longer) in
	 * a status it starts from or changed since {@code expectedVersion}. Answers the
	 * status it leaves the partnership in: FIRST_APPROVED when an approval is the first
	 * of two ({@link SecondApproval}).
	 */
	@Transactional
	public PartnershipStatus perform(SimitraUser actor, Long id, PartnershipAction action, @Nullable String reason,
			boolean declared, @Nullable Long expectedVersion) {
		Partnership p = findVisible(actor, id);
		Role side = sideOf(actor, p);
		if (side == null || !action.takenBy(side)) {
			throw new AccessDeniedException(action + " on partnership " + id + " is not for this account");
		}
		if (side == Role.OFFICER) {
			String blocked = officerBlock(actor, p);
			if (blocked != null) {
				throw new AccessDeniedException(blocked);
			}
		}
		checkVersion(p, expectedVersion);
		if (action.reasonRequired() && (reason == null || reason.isBlank())) {
			throw new IllegalArgumentException(action + " needs a reason");
		}
		if (!action.startsFrom(p.getStatus())) {
			throw new ConflictException("Partnership " + id + " is " + p.getStatus() + ", cannot " + action);
		}
		checkDates(p, action, reason);
		if (action == PartnershipAction.PROPOSE) {
			requireNoBlock(p);
		}
		if (action == PartnershipAction.PROPOSE || action == PartnershipAction.SUBMIT) {
			checkReady(p, action);
			if (declared && p.declareNoControl()) {
				record(p, PartnershipEvent.Kind.EDITED, p.getStatus(), p.getStatus(), actor, null,
						summary(List.<String[]>of(new String[] { "noControlDeclared", "-", "✓" })));
			}
			if (!p.isNoControlDeclared()) {
				throw new ConflictException("Partnership " + id + " has no no-control declaration");
			}
		}
		if (action == PartnershipAction.APPROVE && p.getStatus() == PartnershipStatus.SUBMITTED
				&& secondApproval.needed(p)) {
			PartnershipStatus from = p.approveFirst();
			partnerships.saveAndFlush(p);
			record(p, PartnershipEvent.Kind.STATUS, from, PartnershipStatus.FIRST_APPROVED, actor, reason, null);
			// Nothing is published: the parties hear of the approval when it is final
			// (the second one), and the queue shows the other officers what waits.
			return p.getStatus();
		}
		transition(p, action, actor, reason);
		return p.getStatus();
	}

	/**
	 * The contract's date rules (issue 16; the proposal form checks that the end date is
	 * after the start date): a partnership starts on or after its start date, or earlier
	 * with the reason written down (kept in the audit trail); it is completed on or after
	 * its start date, since a contract whose period has not begun cannot be fulfilled. A
	 * partnership that stops before then is ended (TERMINATE) with its reason. "Today" is
	 * the WIB day of the portal's clock.
	 */
	private void checkDates(Partnership p, PartnershipAction action, @Nullable String reason) {
		LocalDate today = LocalDate.now(clock);
		if (!today.isBefore(p.getStartDate())) {
			return;
		}
		if (action == PartnershipAction.ACTIVATE && (reason == null || reason.isBlank())) {
			throw new PartnershipDateException("validation.partnership.earlyStart", p.getStartDate());
		}
		if (action == PartnershipAction.COMPLETE) {
			throw new PartnershipDateException("validation.partnership.completeBeforeStart", p.getStartDate());
		}
	}

	/**
	 * The UMKM owner accepts or declines a proposal (a reason is required to decline).
	 */
	@Transactional
	public void respond(SimitraUser umkmUser, Long id, boolean accept, @Nullable String reason) {
		perform(umkmUser, id, accept ? PartnershipAction.ACCEPT : PartnershipAction.DECLINE, reason, false, null);
	}

	/**
	 * An officer approves or rejects a submitted partnership (a reason is required to
	 * reject).
	 */
	@Transactional
	public PartnershipStatus decide(SimitraUser officer, Long id, boolean approve, @Nullable String reason) {
		return perform(officer, id, approve ? PartnershipAction.APPROVE : PartnershipAction.REJECT, reason, false,
				null);
	}

	/**
	 * One side rates the other after completion: once per side, 1 to 5, with an optional
	 * comment. The rated side is told.
	 */
	@Transactional
	public void rate(SimitraUser rater, Long id, int score, @Nullable String comment) {
		rate(rater, id, score, comment, false);
	}

	/**
	 * As above; {@code commentPublic}: the rater allows the comment to be shown publicly
	 * (a company's comment on the UMKM's storefront, issue 16).
	 */
	@Transactional
	public void rate(SimitraUser rater, Long id, int score, @Nullable String comment, boolean commentPublic) {
		if (score < 1 || score > 5) {
			throw new IllegalArgumentException("A rating is 1 to 5, not " + score);
		}
		Partnership p = findVisible(rater, id);
		Role side = sideOf(rater, p);
		if (side != Role.COMPANY && side != Role.UMKM) {
			throw new AccessDeniedException("Only the two parties rate partnership " + id);
		}
		if (p.getStatus() != PartnershipStatus.COMPLETED) {
			throw new ConflictException(
					"Partnership " + id + " is " + p.getStatus() + "; ratings come after completion");
		}
		if (ratings.existsByPartnershipIdAndRaterSide(id, side)) {
			throw new ConflictException("This side already rated partnership " + id);
		}
		String text = comment == null || comment.isBlank() ? null : comment.strip();
		// The unique constraint (one rating per side) stops a double click racing past
		// the check above.
		ratings.saveAndFlush(
				new PartnershipRating(id, rater.accountId(), side, score, text, commentPublic, Instant.now(clock)));
		record(p, PartnershipEvent.Kind.RATED, p.getStatus(), p.getStatus(), rater, text,
				summary(List.<String[]>of(new String[] { "rating", "-", score + "/5" })));
		Parties parties = parties(p);
		String raterName = side == Role.COMPANY ? parties.company().name() : parties.umkm().businessName();
		Long ratee = side == Role.COMPANY ? parties.umkm().ownerId()
				: companies.contactAccountId(parties.company().id());
		published.publishEvent(new PartnershipRated(p.getId(), side, raterName, ratee, score, p.getObject(),
				side == Role.UMKM ? parties.company().id() : null));
	}

	/**
	 * Completed partnerships of this UMKM and the average of the ratings companies gave
	 * it: the track record the ranking uses too ({@code partnership_track_record},
	 * R__partnership_published.sql, the one definition).
	 */
	@Transactional(readOnly = true)
	public TrackRecord trackRecord(Long umkmId) {
		return jdbc.sql(
				"select completed, ratings, rating::float8 as average from partnership_track_record where umkm_id = :umkm")
			.param("umkm", umkmId)
			.query((rs, n) -> new TrackRecord(rs.getLong("completed"), rs.getLong("ratings"),
					rs.getObject("average", Double.class)))
			.optional()
			.orElse(new TrackRecord(0, 0, null));
	}

	@Transactional(readOnly = true)
	public PartnershipView getFor(SimitraUser viewer, Long id) {
		Partnership p = findVisible(viewer, id);
		Role side = sideOf(viewer, p);
		Parties parties = parties(p);
		String needTitle = p.getNeedId() == null ? null : needs.get(p.getNeedId()).title();
		List<PartnershipEvent> trail = events.findByPartnershipIdOrderByOccurredAtAscIdAsc(id);
		List<PartnershipRating> given = ratings.findByPartnershipIdOrderByIdAsc(id);
		Set<Long> actorIds = new HashSet<>();
		trail.forEach(e -> actorIds.add(e.getActorId()));
		given.forEach(r -> actorIds.add(r.getRaterId()));
		Map<Long, String> names = accounts.displayNames(actorIds);
		List<PartnershipView.Event> history = trail.stream()
			.map(e -> new PartnershipView.Event(e.getKind().name(), e.getFromStatus(), e.getToStatus(),
					names.getOrDefault(e.getActorId(), "?"), e.getActorRole(), e.getReason(), changes(e.getSummary()),
					e.getOccurredAt()))
			.toList();
		List<PartnershipView.Rating> ratingViews = given.stream()
			.map(r -> new PartnershipView.Rating(r.getRaterSide(), names.getOrDefault(r.getRaterId(), "?"),
					r.getScore(), r.getComment(), r.getCreatedAt()))
			.toList();
		return new PartnershipView(p.getId(), p.getNeedId(), needTitle, parties.company().id(),
				parties.company().name(), parties.company().nib(), parties.umkm().id(), parties.umkm().businessName(),
				parties.umkm().nib(), parties.umkm().regencyName(), p.getPattern(), p.getObject(),
				p.getEstimatedValue(), p.getStartDate(), p.getEndDate(), p.getStatus(), p.getCreatedAt(),
				p.getUpdatedAt(), history, p.getRegencyCode(), regions.regencyName(p.getRegencyCode()),
				p.getAgreementDocumentId(), p.isNoControlDeclared(), p.getVersion(), ratingViews,
				permissions(viewer, side, p, given));
	}

	@Transactional(readOnly = true)
	public PageView<PartnershipView> listForUmkm(Long umkmId, int page) {
		// A draft is the company's own until it is proposed.
		return summaries(partnerships.findByUmkmIdAndStatusNotOrderByUpdatedAtDescIdDesc(umkmId,
				PartnershipStatus.DRAFT, pageOf(page)));
	}

	@Transactional(readOnly = true)
	public PageView<PartnershipView> listForCompany(Long companyId, int page) {
		return summaries(partnerships.findByCompanyIdOrderByUpdatedAtDescIdDesc(companyId, pageOf(page)));
	}

	/**
	 * Submitted partnerships waiting for this officer, the longest-waiting first: those
	 * of UMKM in the officer's province. Empty when the officer has no province yet (see
	 * {@link #officerProvince}).
	 */
	@Transactional(readOnly = true)
	public PageView<PartnershipView> reviewQueue(SimitraUser officer, int page) {
		Optional<String> scope = officers.regencyPattern(officer);
		if (scope.isEmpty()) {
			return PageView.of(Page.empty(pageOf(page)));
		}
		return summaries(partnerships.findSubmittedByUmkmRegencyPrefix(scope.get(), pageOf(page)));
	}

	/**
	 * The province an officer works for, if an administrator set one
	 * ({@link OfficerScope}).
	 */
	@Transactional(readOnly = true)
	public Optional<String> officerProvince(SimitraUser officer) {
		return officers.provinceOf(officer);
	}

	/**
	 * The audit trail of the partnerships of UMKM in the officer's province, newest
	 * first; drafts are left out (they are the company's own until proposed). Empty for
	 * an officer without a province.
	 */
	@Transactional(readOnly = true)
	public PageView<AuditEntry> auditTrail(SimitraUser officer, AuditQuery query, int page) {
		Optional<String> scope = officers.regencyPattern(officer);
		if (scope.isEmpty()) {
			return PageView.of(Page.empty(pageOf(page)));
		}
		StringBuilder where = new StringBuilder(" where p.status <> 'DRAFT' and u.regency_code like :scope");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("scope", scope.get());
		if (query.name() != null && !query.name().isBlank()) {
			where.append(" and (u.business_name ilike :name escape '\\' or c.name ilike :name escape '\\')");
			params.put("name", "%" + query.name().strip().replaceAll("([\\\\%_])", "\\\\$1") + "%");
		}
		if (query.status() != null) {
			// The steps into that status (and a draft's creation), not edits or ratings
			// made while in it.
			where.append(" and e.kind in ('STATUS', 'CREATED') and e.to_status = :status");
			params.put("status", query.status().name());
		}
		if (query.from() != null) {
			where.append(" and e.occurred_at >= :from");
			params.put("from", query.from().atStartOfDay(WIB).toOffsetDateTime());
		}
		if (query.to() != null) {
			where.append(" and e.occurred_at < :to");
			params.put("to", query.to().plusDays(1).atStartOfDay(WIB).toOffsetDateTime());
		}
		String from = """
				 from partnership_event e
				 join partnership p on p.id = e.partnership_id
				 join umkm_listing u on u.id = p.umkm_id
				 join company_summary c on c.id = p.company_id
				 join account_person a on a.id = e.actor_id
				""";
		long total = jdbc.sql("select count(*)" + from + where).params(params).query(Long.class).single();
		PageRequest request = pageOf(page);
		Map<String, Object> pageParams = new LinkedHashMap<>(params);
		pageParams.put("limit", request.getPageSize());
		pageParams.put("offset", request.getOffset());
		List<AuditEntry> items = jdbc.sql("""
				select e.partnership_id, p.object, u.business_name, c.name as company_name, e.kind, e.from_status,
				       e.to_status, a.display_name, e.actor_role, e.reason, e.summary, e.occurred_at
				""" + from + where + " order by e.occurred_at desc, e.id desc limit :limit offset :offset")
			.params(pageParams)
			.query((rs, n) -> auditEntry(rs))
			.list();
		return PageView.of(new PageImpl<>(items, request, total));
	}

	private AuditEntry auditEntry(ResultSet rs) throws SQLException {
		String fromStatus = rs.getString("from_status");
		return new AuditEntry(rs.getLong("partnership_id"), rs.getString("object"), rs.getString("business_name"),
				rs.getString("company_name"), rs.getString("kind"),
				fromStatus == null ? null : PartnershipStatus.valueOf(fromStatus),
				PartnershipStatus.valueOf(rs.getString("to_status")), rs.getString("display_name"),
				Role.valueOf(rs.getString("actor_role")), rs.getString("reason"), changes(rs.getString("summary")),
				rs.getObject("occurred_at", OffsetDateTime.class).toInstant());
	}

	private Partnership create(SimitraUser companyUser, Long needId, Long umkmId, ProposalData data,
			@Nullable Long meetingId) {
		CompanyView company = ownCompany(companyUser);
		NeedView need = needs.getOwned(needId, company.id());
		umkms.get(umkmId);
		requireMeeting(companyUser, needId, umkmId, meetingId);
		if (!need.isOpen()) {
			throw new ConflictException("Need " + needId + " is closed");
		}
		if (hasActive(needId, umkmId)) {
			throw new ConflictException("A live partnership exists for need " + needId + " and UMKM " + umkmId);
		}
		Partnership created = new Partnership(needId, company.id(), umkmId, data, location(data.regencyCode(), umkmId),
				need.unit());
		created.cameFromMeeting(meetingId);
		// The offer's terms as the offer module publishes them, kept to compare the
		// contract with (issue 16).
		acceptedOffers.find(needId, umkmId)
			.ifPresent(
					o -> created.cameFromOffer(o.offerId(), o.quantity(), o.unit(), o.unitPrice(), o.leadTimeDays()));
		Partnership p = partnerships.saveAndFlush(created);
		record(p, PartnershipEvent.Kind.CREATED, null, PartnershipStatus.DRAFT, companyUser, null, null);
		return p;
	}

	/**
	 * Nothing is proposed to an UMKM that recently declined this company
	 * ({@link DeclineCoolOff}): 409.
	 */
	private void requireNoBlock(Partnership p) {
		coolOff.blockFor(p.getCompanyId(), p.getUmkmId()).ifPresent(b -> {
			throw new ConflictException("UMKM " + p.getUmkmId() + " declined company " + p.getCompanyId() + " on "
					+ b.declinedOn() + "; no proposal before " + b.proposeFrom());
		});
	}

	/** Conditions beyond the status table for proposing and submitting. */
	private static void checkReady(Partnership p, PartnershipAction action) {
		boolean returned = p.getStatus() == PartnershipStatus.RETURNED;
		if (action == PartnershipAction.PROPOSE && returned && !p.keyTermsChangedSinceAcceptance()) {
			throw new ConflictException("Partnership " + p.getId() + ": terms unchanged, resubmit it to the Dinas");
		}
		if (action == PartnershipAction.SUBMIT) {
			if (returned && p.keyTermsChangedSinceAcceptance()) {
				throw new ConflictException(
						"Partnership " + p.getId() + ": key terms changed, the UMKM must accept again");
			}
			if (p.getAgreementDocumentId() == null) {
				throw new ConflictException("Partnership " + p.getId() + " has no agreement document");
			}
		}
	}

	private void transition(Partnership p, PartnershipAction action, SimitraUser actor, @Nullable String reason) {
		PartnershipStatus from = p.apply(action);
		partnerships.saveAndFlush(p);
		record(p, PartnershipEvent.Kind.STATUS, from, action.target(), actor, reason, null);
		notifyParties(p, action, from, actor);
	}

	/**
	 * Publishes the step for whoever has to act next or whom it concerns; stored with
	 * this transaction in the event publication registry, so the notifications follow
	 * even if their listener fails once (docs/events.md).
	 */
	private void notifyParties(Partnership p, PartnershipAction action, PartnershipStatus from, SimitraUser actor) {
		Parties parties = parties(p);
		published.publishEvent(new PartnershipStepTaken(p.getId(), action, from, sideOf(actor, p),
				companies.contactAccountId(parties.company().id()), parties.company().name(), parties.umkm().ownerId(),
				parties.umkm().businessName(), parties.umkm().regencyCode(), p.getObject(), parties.company().id()));
	}

	private void record(Partnership p, PartnershipEvent.Kind kind, @Nullable PartnershipStatus from,
			PartnershipStatus to, SimitraUser actor, @Nullable String reason, @Nullable String summary) {
		events.save(new PartnershipEvent(p.getId(), kind, from, to, actor.accountId(), actor.role(),
				reason == null || reason.isBlank() ? null : reason.strip(), summary, Instant.now(clock)));
	}

	/** What the reader may do now, by the same rules {@link #perform} enforces. */
	private PartnershipView.Permissions permissions(SimitraUser viewer, @Nullable Role side, Partnership p,
			List<PartnershipRating> given) {
		if (side == null) {
			return PartnershipView.Permissions.NONE;
		}
		boolean officerBlocked = side == Role.OFFICER && officerBlock(viewer, p) != null;
		Set<PartnershipAction> actions = EnumSet.noneOf(PartnershipAction.class);
		for (PartnershipAction a : PartnershipAction.values()) {
			if (a.takenBy(side) && a.startsFrom(p.getStatus()) && !officerBlocked && ready(p, a)) {
				actions.add(a);
			}
		}
		boolean company = side == Role.COMPANY;
		boolean rate = (company || side == Role.UMKM) && p.getStatus() == PartnershipStatus.COMPLETED
				&& given.stream().noneMatch(r -> r.getRaterSide() == side);
		return new PartnershipView.Permissions(side, actions,
				company && PartnershipAction.EDITABLE.contains(p.getStatus()),
				company && PartnershipAction.AGREEMENT_UPLOAD.contains(p.getStatus()), rate,
				p.getStatus() == PartnershipStatus.RETURNED && p.keyTermsChangedSinceAcceptance(), officerBlocked,
				side == Role.OFFICER && isFirstApprover(viewer, p), secondApproval.needed(p));
	}

	/**
	 * Proposing after a return only with changed terms, resubmitting only without;
	 * submitting is offered without an agreement too (the agreement page asks for it).
	 */
	private static boolean ready(Partnership p, PartnershipAction action) {
		boolean returned = p.getStatus() == PartnershipStatus.RETURNED;
		return switch (action) {
			case PROPOSE -> !returned || p.keyTermsChangedSinceAcceptance();
			case SUBMIT -> !returned || !p.keyTermsChangedSinceAcceptance();
			default -> true;
		};
	}

	/**
	 * Why this officer may not decide on this partnership, or null. Maker-checker: nobody
	 * decides on a record they created or edited, and the officer who gave the first of
	 * two approvals does not decide again (issue 16). (An officer of another province, or
	 * of none, does not get this far: the partnership is not theirs to see, see
	 * {@link PartnershipAccess}.)
	 */
	private @Nullable String officerBlock(SimitraUser officer, Partnership p) {
		if (events.existsByPartnershipIdAndActorIdAndKindIn(p.getId(), officer.accountId(), MAKER_KINDS)) {
			return "Officer " + officer.accountId() + " created or edited partnership " + p.getId();
		}
		if (isFirstApprover(officer, p)) {
			return "Officer " + officer.accountId() + " gave the first approval of partnership " + p.getId()
					+ "; another officer decides";
		}
		return null;
	}

	private boolean isFirstApprover(SimitraUser officer, Partnership p) {
		return secondApproval.firstApprover(p).filter(officer.accountId()::equals).isPresent();
	}

	/**
	 * COMPANY or UMKM for that party, OFFICER for an officer of the UMKM's province, else
	 * null.
	 */
	private @Nullable Role sideOf(SimitraUser user, Partnership p) {
		return access.sideOf(user, p);
	}

	/**
	 * The partnership, or 404 when it does not exist or this person may not see it
	 * ({@link PartnershipAccess}).
	 */
	private Partnership findVisible(SimitraUser user, Long id) {
		Partnership p = find(id);
		if (!access.canSee(user, p)) {
			throw new NotFoundException("Partnership " + id);
		}
		return p;
	}

	private void requireSide(SimitraUser user, Partnership p, Role side) {
		if (sideOf(user, p) != side) {
			throw new AccessDeniedException("Partnership " + p.getId() + " is not this account's to change");
		}
	}

	private static void checkVersion(Partnership p, @Nullable Long expectedVersion) {
		if (expectedVersion != null && expectedVersion != p.getVersion()) {
			throw new ConflictException("Partnership " + p.getId() + " changed since it was opened");
		}
	}

	/** The chosen regency, or the UMKM's when none was chosen. */
	private String location(@Nullable String regencyCode, Long umkmId) {
		if (regencyCode == null || regencyCode.isBlank()) {
			return umkms.get(umkmId).regencyCode();
		}
		if (!regions.isRegency(regencyCode.strip())) {
			throw new IllegalArgumentException("Not a regency: " + regencyCode);
		}
		return regencyCode.strip();
	}

	private CompanyView ownCompany(SimitraUser user) {
		if (!user.is(Role.COMPANY)) {
			throw new AccessDeniedException("Only company staff create partnerships");
		}
		return companies.findByMember(user.accountId())
			.orElseThrow(() -> new AccessDeniedException("No company profile"));
	}

	private Partnership find(Long id) {
		return partnerships.findById(id).orElseThrow(() -> new NotFoundException("Partnership " + id));
	}

	private Parties parties(Partnership p) {
		return new Parties(companies.get(p.getCompanyId()), umkms.get(p.getUmkmId()));
	}

	private record Parties(CompanyView company, UmkmView umkm) {
	}

	/**
	 * Changed fields as stored in the audit trail: one line per field, "field TAB old TAB
	 * new".
	 */
	private static String summary(List<String[]> changes) {
		StringBuilder text = new StringBuilder();
		for (String[] c : changes) {
			if (!text.isEmpty()) {
				text.append('\n');
			}
			text.append(clean(c[0])).append('\t').append(clean(c[1])).append('\t').append(clean(c[2]));
		}
		return text.length() > 4000 ? text.substring(0, 4000) : text.toString();
	}

	private static String clean(String value) {
		return value == null ? "-" : value.replaceAll("[\\t\\r\\n]+", " ");
	}

	private List<PartnershipView.Change> changes(@Nullable String summary) {
		if (summary == null || summary.isBlank()) {
			return List.of();
		}
		List<PartnershipView.Change> list = new ArrayList<>();
		// -1 keeps trailing empty lines; they have no tab-separated parts and are skipped
		// as before
		for (String line : summary.split("\n", -1)) {
			String[] parts = line.split("\t", 3);
			if (parts.length == 3) {
				boolean location = "location".equals(parts[0]);
				list.add(new PartnershipView.Change(parts[0], location ? regionName(parts[1]) : parts[1],
						location ? regionName(parts[2]) : parts[2]));
			}
		}
		return list;
	}

	private String regionName(String code) {
		return "-".equals(code) ? code : regions.regencyName(code);
	}

	private static PageRequest pageOf(int page) {
		return PageRequest.of(Math.max(page, 0), PAGE_SIZE);
	}

	private PageView<PartnershipView> summaries(Page<Partnership> page) {
		Set<Long> umkmIds = new HashSet<>();
		Set<Long> companyIds = new HashSet<>();
		page.forEach(p -> {
			umkmIds.add(p.getUmkmId());
			companyIds.add(p.getCompanyId());
		});
		Map<Long, String> umkmNames = umkms.names(umkmIds);
		Map<Long, String> companyNames = companies.names(companyIds);
		return PageView.of(page.map(p -> new PartnershipView(p.getId(), p.getNeedId(), null, p.getCompanyId(),
				companyNames.get(p.getCompanyId()), null, p.getUmkmId(), umkmNames.get(p.getUmkmId()), null, null,
				p.getPattern(), p.getObject(), p.getEstimatedValue(), p.getStartDate(), p.getEndDate(), p.getStatus(),
				p.getCreatedAt(), p.getUpdatedAt(), List.of(), p.getRegencyCode(),
				regions.regencyName(p.getRegencyCode()), p.getAgreementDocumentId(), p.isNoControlDeclared(),
				p.getVersion(), List.of(), PartnershipView.Permissions.NONE)));
	}

}
