package id.simitra.offer.internal;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.matching.Candidate;
import id.simitra.matching.RequirementGap;
import id.simitra.matching.MatchingService;
import id.simitra.offer.AcceptedOffer;
import id.simitra.offer.InvitedToOffer;
import id.simitra.offer.MeetingLink;
import id.simitra.offer.OfferDecided;
import id.simitra.offer.OfferSubmitted;
import id.simitra.platform.ConflictException;
import id.simitra.platform.NotFoundException;
import id.simitra.platform.PageView;
import id.simitra.reference.Unit;
import id.simitra.umkm.CertificateService;
import id.simitra.umkm.DocumentService;
import id.simitra.umkm.NewDocument;
import id.simitra.umkm.Readiness;
import id.simitra.umkm.ReadinessService;
import id.simitra.umkm.UmkmService;

/**
 * Offers of UMKM on companies' needs, companies' invitations to offer, and the companies'
 * decisions.
 *
 * <p>
 * Rules: an UMKM offers only on a need that is open with its deadline not passed, and has
 * at most one active (submitted, shortlisted or accepted) offer per need. While the
 * company has not decided, the UMKM may revise (need still open) or withdraw it. The
 * company shortlists and accepts current offers and declines undecided ones with a reason
 * the UMKM reads. An undecided offer past its validity date reads as EXPIRED.
 */
@Service
public class OfferService {

	public static final int MAX_ATTACHMENTS = 3;

	static final int PAGE_SIZE = 20;

	private final OfferRepository offers;

	private final NeedLookup needs;

	private final ConversationService conversations;

	private final DocumentService documents;

	private final UmkmService umkms;

	private final ReadinessService readiness;

	private final CertificateService certificates;

	private final MatchingService matching;

	private final JdbcClient jdbc;

	private final Clock clock;

	/** Offers, invitations and decisions are told by the notification module. */
	private final ApplicationEventPublisher events;

	/** Whether an invitation may name a business-matching meeting (the event module). */
	private final MeetingLink meetings;

	OfferService(OfferRepository offers, NeedLookup needs, ConversationService conversations, DocumentService documents,
			UmkmService umkms, ReadinessService readiness, CertificateService certificates, MatchingService matching,
			JdbcClient jdbc, Clock clock, ApplicationEventPublisher events, MeetingLink meetings) {
		this.events = events;
		this.meetings = meetings;
		this.offers = offers;
		this.needs = needs;
		this.conversations = conversations;
		this.documents = documents;
		this.umkms = umkms;
		this.readiness = readiness;
		this.certificates = certificates;
		this.matching = matching;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Today in North Sumatra (validity dates and deadlines are calendar days there). */
	public LocalDate today() {
		return LocalDate.now(clock);
	}

	// ---- the UMKM's side ----

	/**
	 * A need for an UMKM ({@code umkmId} null when the owner has no profile yet). Any
	 * UMKM sees a need that takes offers; one that no longer does stays visible only to
	 * UMKM that offered on it or were invited (404 for others).
	 */
	@Transactional(readOnly = true)
	public UmkmNeedPage needForUmkm(Long needId, @Nullable Long umkmId) {
		OfferNeed need = needs.get(needId);
		boolean accepts = need.takesOffers();
		if (umkmId == null) {
			if (!accepts) {
				throw new NotFoundException("Need " + needId);
			}
			return new UmkmNeedPage(need, true, null, List.of(), null, List.of());
		}
		Instant invitedAt = jdbc.sql("select created_at from need_invitation where need_id = :need and umkm_id = :umkm")
			.param("need", needId)
			.param("umkm", umkmId)
			.query((rs, n) -> ConversationService.requiredInstant(rs, "created_at"))
			.optional()
			.orElse(null);
		List<Offer> own = offers.findByNeedIdAndUmkmIdOrderByCreatedAtDescIdDesc(needId, umkmId);
		if (!accepts && invitedAt == null && own.isEmpty()) {
			throw new NotFoundException("Need " + needId);
		}
		Map<Long, List<AttachmentView>> files = attachmentsOf(own.stream().map(Offer::getId).toList());
		String umkmName = umkms.names(List.of(umkmId)).get(umkmId);
		List<OfferView> views = own.stream().map(o -> toView(o, need, umkmName, files)).toList();
		return new UmkmNeedPage(need, accepts, invitedAt, views, conversations.idFor(needId, umkmId).orElse(null),
				certificateGaps(needId, umkmId));
	}

	/**
	 * The need's required certificates this UMKM lacks, labelled in the reader's
	 * language. Offering stays possible (the company decides, and the certificate may be
	 * verified before it does); the pages warn.
	 */
	@Transactional(readOnly = true)
	public List<RequiredCertificateGap> certificateGaps(Long needId, Long umkmId) {
		return labelled(matching.requiredGaps(needId, umkmId));
	}

	private List<RequiredCertificateGap> labelled(List<RequirementGap> gaps) {
		Locale locale = LocaleContextHolder.getLocale();
		return gaps.stream()
			.map(g -> new RequiredCertificateGap(g.alternatives()
				.stream()
				.map(a -> new RequiredCertificateGap.Alternative(
						certificates.type(a.typeCode()).map(t -> t.label(locale)).orElse(a.typeCode()),
						"offer.certificateGap." + a.kind().name()))
				.toList()))
			.toList();
	}

	/**
	 * The required certificates a scored UMKM lacks, as the comparison shows them (none
	 * when it is not scored).
	 */
	private List<RequiredCertificateGap> gapsOf(@Nullable Candidate c) {
		return c == null ? List.of() : labelled(c.requiredGaps());
	}

	/**
	 * The UMKM's certificates in force, without the kinds its required gaps already name
	 * (a required halal certificate waiting for verification is said once, as a gap).
	 */
	private static List<OfferRow.CertificateBadge> badgesBesideGaps(Map<Long, List<OfferRow.CertificateBadge>> badges,
			Long umkmId, @Nullable Candidate c) {
		List<OfferRow.CertificateBadge> all = badges.getOrDefault(umkmId, List.of());
		if (c == null || c.requiredGaps().isEmpty()) {
			return all;
		}
		Set<String> gapKinds = new HashSet<>(c.gapKinds());
		return all.stream().filter(b -> !gapKinds.contains(b.typeCode())).toList();
	}

	/**
	 * Whether this UMKM already has an active offer on the need (the form says so instead
	 * of failing).
	 */
	@Transactional(readOnly = true)
	public boolean hasActiveOffer(Long needId, Long umkmId) {
		return offers.findActive(needId, umkmId).isPresent();
	}

	/** The need an offer is being written for, if it takes offers (409 otherwise). */
	@Transactional(readOnly = true)
	public OfferNeed needTakingOffers(Long needId) {
		OfferNeed need = needs.get(needId);
		if (!need.takesOffers()) {
			throw new ConflictException("Need " + needId + " takes no offers");
		}
		return need;
	}

	@Transactional
	public OfferView submit(Long umkmId, Long needId, OfferData data) {
		OfferNeed need = needTakingOffers(needId);
		requireUnitOf(need, data.unit());
		if (offers.findActive(needId, umkmId).isPresent()) {
			throw new ConflictException("UMKM " + umkmId + " already has an active offer on need " + needId);
		}
		Offer offer;
		try {
			offer = offers.saveAndFlush(new Offer(needId, umkmId, data));
		}
		catch (DataIntegrityViolationException ex) {
			// Two submissions at once: the partial unique index keeps one.
			throw new ConflictException("UMKM " + umkmId + " already has an active offer on need " + needId);
		}
		if (data.attachment() != null) {
			attachTo(offer, data.attachment());
		}
		// An offer made on an invitation that came from a business-matching meeting
		// carries that meeting too (issue 14: the event report follows it).
		jdbc.sql(
				"""
						update offer o set event_meeting_id = i.event_meeting_id from need_invitation i
						where o.id = :offer and i.need_id = o.need_id and i.umkm_id = o.umkm_id and i.event_meeting_id is not null
						""")
			.param("offer", offer.getId())
			.update();
		conversations.open(needId, umkmId, need.companyId());
		OfferView view = toView(offer, need);
		events.publishEvent(new OfferSubmitted(offer.getId(), needId, need.title(), need.companyId(), umkmId,
				java.util.Objects.requireNonNullElse(view.umkmName(), "")));
		return view;
	}

	@Transactional
	public OfferView revise(Long umkmId, Long offerId, OfferData data, @Nullable Long expectedVersion) {
		Offer offer = owned(offerId, umkmId);
		if (expectedVersion != null && expectedVersion != offer.getVersion()) {
			throw new ConflictException("Offer " + offerId + " changed since it was opened");
		}
		OfferNeed need = needTakingOffers(offer.getNeedId());
		requireUnitOf(need, data.unit());
		offer.revise(data, Instant.now(clock));
		offers.saveAndFlush(offer);
		if (data.attachment() != null) {
			attachTo(offer, data.attachment());
		}
		return toView(offer, need);
	}

	@Transactional
	public void withdraw(Long umkmId, Long offerId) {
		owned(offerId, umkmId).withdraw(Instant.now(clock));
	}

	@Transactional(readOnly = true)
	public OfferView getOwned(Long offerId, Long umkmId) {
		Offer offer = owned(offerId, umkmId);
		return toView(offer, needs.get(offer.getNeedId()));
	}

	/**
	 * Adds a file to an offer that may still be revised; at most
	 * {@value #MAX_ATTACHMENTS} (409 beyond).
	 */
	@Transactional
	public void attach(Long umkmId, Long offerId, NewDocument document) {
		Offer offer = owned(offerId, umkmId);
		needTakingOffers(offer.getNeedId());
		if (!offer.statusOn(today()).isUndecided()) {
			throw new ConflictException("Offer " + offerId + " can no longer change");
		}
		attachTo(offer, document);
	}

	@Transactional
	public void removeAttachment(Long umkmId, Long offerId, Long documentId) {
		Offer offer = owned(offerId, umkmId);
		if (!offer.statusOn(today()).isUndecided()) {
			throw new ConflictException("Offer " + offerId + " can no longer change");
		}
		int removed = jdbc.sql("delete from offer_attachment where offer_id = :offer and document_id = :document")
			.param("offer", offerId)
			.param("document", documentId)
			.update();
		if (removed == 0) {
			throw new NotFoundException("Attachment " + documentId + " of offer " + offerId);
		}
		documents.discard(umkmId, documentId);
	}

	/** The UMKM's offers, newest first, with the company's answers. */
	@Transactional(readOnly = true)
	public PageView<MyOfferRow> myOffers(Long umkmId, int page) {
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
		long total = jdbc.sql("select count(*) from offer where umkm_id = :umkm")
			.param("umkm", umkmId)
			.query(Long.class)
			.single();
		LocalDate today = today();
		List<MyOfferRow> rows = jdbc.sql("""
				select o.id, o.need_id, n.title, c.name, o.status, o.quantity, o.unit, o.unit_price, o.valid_until,
				       o.decision_reason, o.decided_at, o.created_at, t.id as thread_id
				from offer o
				join need_summary n on n.id = o.need_id
				join company_summary c on c.id = n.company_id
				left join conversation t on t.need_id = o.need_id and t.umkm_id = o.umkm_id
				where o.umkm_id = :umkm
				order by o.created_at desc, o.id desc limit :limit offset :offset
				""")
			.param("umkm", umkmId)
			.param("limit", request.getPageSize())
			.param("offset", request.getOffset())
			.query((rs, n) -> new MyOfferRow(rs.getLong("id"), rs.getLong("need_id"), rs.getString("title"),
					rs.getString("name"), effectiveStatus(rs, "", today), rs.getBigDecimal("quantity"),
					Unit.valueOf(rs.getString("unit")), rs.getLong("unit_price"),
					rs.getObject("valid_until", LocalDate.class), rs.getString("decision_reason"),
					ConversationService.instant(rs, "decided_at"),
					ConversationService.requiredInstant(rs, "created_at"), (Long) rs.getObject("thread_id")))
			.list();
		return PageView.of(new PageImpl<>(rows, request, total));
	}

	/**
	 * Needs this UMKM was invited to offer on, newest invitation first (the latest 50).
	 */
	@Transactional(readOnly = true)
	public List<InvitationView> invitationsOf(Long umkmId) {
		return jdbc.sql("""
				select i.need_id, n.title, c.name, i.created_at,
				       need_takes_offers(n.status, n.deadline, :today) as accepts,
				       lo.status as offer_status, lo.valid_until as offer_valid_until,
				       t.id as thread_id
				from need_invitation i
				join need_summary n on n.id = i.need_id
				join company_summary c on c.id = n.company_id
				left join conversation t on t.need_id = i.need_id and t.umkm_id = i.umkm_id
				left join lateral (select o.status, o.valid_until from offer o where o.need_id = i.need_id
				                   and o.umkm_id = i.umkm_id order by o.created_at desc, o.id desc limit 1) lo on true
				where i.umkm_id = :umkm
				order by i.created_at desc, i.id desc limit 50
				""")
			.param("umkm", umkmId)
			.param("today", today())
			.query((rs, n) -> new InvitationView(rs.getLong("need_id"), rs.getString("title"), rs.getString("name"),
					ConversationService.requiredInstant(rs, "created_at"), rs.getBoolean("accepts"),
					rs.getString("offer_status") == null ? null : effectiveStatus(rs, "offer_", today()),
					(Long) rs.getObject("thread_id")))
			.list();
	}

	/**
	 * The status a list shows for a stored offer row ({@code <prefix>status},
	 * {@code <prefix>valid_until}): the one rule {@link OfferStatus#effective}, never a
	 * copy of it in SQL.
	 */
	private static OfferStatus effectiveStatus(java.sql.ResultSet rs, String prefix, LocalDate today)
			throws java.sql.SQLException {
		return OfferStatus.effective(OfferStatus.valueOf(rs.getString(prefix + "status")),
				rs.getObject(prefix + "valid_until", LocalDate.class), today);
	}

	// ---- the company's side ----

	/**
	 * Company staff ask an UMKM to offer on their need. Inviting twice changes nothing;
	 * true when this call created the invitation. 403 for another company's need, 409
	 * when the need takes no offers.
	 */
	@Transactional
	public boolean invite(Long accountId, Long needId, Long umkmId) {
		return invite(accountId, needId, umkmId, null);
	}

	/**
	 * The same, after a business-matching meeting (issue 14): the invitation remembers
	 * {@code meetingId}, which must be the company's meeting with this UMKM about this
	 * need (404 otherwise, as for a meeting that does not exist). An invitation made
	 * before without a meeting gains it; one that already names a meeting keeps it.
	 */
	@Transactional
	public boolean invite(Long accountId, Long needId, Long umkmId, @Nullable Long meetingId) {
		OfferNeed need = companyNeed(accountId, needId);
		if (meetingId != null && !meetings.isMeetingOf(meetingId, need.companyId(), needId, umkmId)) {
			throw new NotFoundException("Meeting " + meetingId + " of need " + needId + " and UMKM " + umkmId);
		}
		if (!need.takesOffers()) {
			throw new ConflictException("Need " + needId + " takes no offers");
		}
		umkms.get(umkmId);
		int created = jdbc.sql("""
				insert into need_invitation (need_id, umkm_id, invited_by, event_meeting_id)
				values (:need, :umkm, :account, :meeting)
				on conflict (need_id, umkm_id) do nothing
				""")
			.param("need", needId)
			.param("umkm", umkmId)
			.param("account", accountId)
			.param("meeting", meetingId)
			.update();
		if (created == 0 && meetingId != null) {
			jdbc.sql("""
					update need_invitation set event_meeting_id = :meeting
					where need_id = :need and umkm_id = :umkm and event_meeting_id is null
					""").param("need", needId).param("umkm", umkmId).param("meeting", meetingId).update();
		}
		conversations.open(needId, umkmId, need.companyId());
		if (created > 0) {
			events.publishEvent(new InvitedToOffer(needId, need.title(), need.companyId(), need.companyName(), umkmId));
		}
		return created > 0;
	}

	/**
	 * Everything the company compares for a need: its offers (without withdrawn ones) and
	 * UMKM the Dinas recommended without an offer, each with the ranking score,
	 * readiness, certificates in force and the required certificates it does not meet
	 * (all from matching's {@code match_factors}, as on the why-not).
	 */
	@Transactional(readOnly = true)
	public OfferComparison compare(Long accountId, Long needId, OfferSort sort) {
		OfferNeed need = companyNeed(accountId, needId);
		LocalDate today = today();
		List<Offer> list = offers.findByNeedIdAndStatusNotOrderByIdAsc(needId, OfferStatus.WITHDRAWN);
		Map<Long, String> recommendations = jdbc
			.sql("select umkm_id, note from need_recommendation where need_id = :need")
			.param("need", needId)
			.query((ResultSet rs) -> {
				Map<Long, String> notes = new HashMap<>();
				while (rs.next()) {
					notes.put(rs.getLong(1), rs.getString(2));
				}
				return notes;
			});
		Set<Long> invited = new HashSet<>(jdbc.sql("select umkm_id from need_invitation where need_id = :need")
			.param("need", needId)
			.query(Long.class)
			.list());
		Set<Long> umkmIds = new LinkedHashSet<>();
		list.forEach(o -> umkmIds.add(o.getUmkmId()));
		umkmIds.addAll(recommendations.keySet());
		List<Candidate> ranked = matching.rank(needId);
		// Every offering or recommended UMKM gets its own score, also when it is not in
		// the top 20.
		Map<Long, Candidate> candidates = new java.util.HashMap<>(matching.scoreFor(needId, umkmIds));
		ranked.forEach(c -> candidates.put(c.umkmId(), c));
		Map<Long, String> names = umkms.names(umkmIds);
		Map<Long, Readiness> ready = readiness.of(umkmIds);
		Map<Long, List<OfferRow.CertificateBadge>> badges = certificatesOf(umkmIds, today);
		Map<Long, Long> threads = conversations.idsForNeed(needId);
		Map<Long, List<AttachmentView>> files = attachmentsOf(list.stream().map(Offer::getId).toList());

		List<OfferRow> rows = new ArrayList<>();
		Set<Long> withOffer = new HashSet<>();
		for (Offer o : list) {
			withOffer.add(o.getUmkmId());
			Candidate c = candidates.get(o.getUmkmId());
			rows.add(new OfferRow(o.getId(), o.getUmkmId(), names.get(o.getUmkmId()), o.statusOn(today),
					o.getQuantity(), o.getUnit(), need.inNeedUnit(o.getQuantityBase()),
					need.sharePercent(o.getQuantityBase()), o.getUnitPrice(),
					need.pricePerNeedUnit(o.getUnitPrice(), o.getUnit()), o.getLeadTimeDays(), o.getValidUntil(),
					o.getNote(), o.getRevisedAt(), o.getDecisionReason(), c == null ? null : c.score(),
					score(ready, o.getUmkmId()), badgesBesideGaps(badges, o.getUmkmId(), c), gapsOf(c),
					recommendations.get(o.getUmkmId()), invited.contains(o.getUmkmId()), threads.get(o.getUmkmId()),
					files.getOrDefault(o.getId(), List.of())));
		}
		for (Map.Entry<Long, String> r : recommendations.entrySet()) {
			if (!withOffer.contains(r.getKey()) && names.containsKey(r.getKey())) {
				Candidate c = candidates.get(r.getKey());
				rows.add(new OfferRow(null, r.getKey(), names.get(r.getKey()), null, null, null, null, null, null, null,
						null, null, null, null, null, c == null ? null : c.score(), score(ready, r.getKey()),
						badgesBesideGaps(badges, r.getKey(), c), gapsOf(c), r.getValue(), invited.contains(r.getKey()),
						threads.get(r.getKey()), List.of()));
			}
		}
		rows.sort(order(sort));
		List<OfferComparison.InviteCandidate> toInvite = ranked.stream()
			.filter(c -> !umkmIds.contains(c.umkmId()))
			.limit(10)
			.map(c -> new OfferComparison.InviteCandidate(c.umkmId(), c.businessName(), c.regencyName(), c.score(),
					invited.contains(c.umkmId())))
			.toList();
		return new OfferComparison(need, rows, toInvite, sort, need.takesOffers());
	}

	/**
	 * An offer on one of this company's needs (403 for another company's, 404 when
	 * missing).
	 */
	@Transactional(readOnly = true)
	public OfferView getForCompany(Long accountId, Long offerId) {
		Offer offer = find(offerId);
		OfferNeed need = companyNeed(accountId, offer.getNeedId());
		if (offer.getStatus() == OfferStatus.WITHDRAWN) {
			throw new NotFoundException("Offer " + offerId);
		}
		return toView(offer, need);
	}

	/** Sets or clears the shortlist flag; the need's id, for the way back. */
	@Transactional
	public Long shortlist(Long accountId, Long offerId, boolean on) {
		Offer offer = find(offerId);
		OfferNeed need = companyNeed(accountId, offer.getNeedId());
		boolean newly = on && offer.getStatus() != OfferStatus.SHORTLISTED;
		offer.shortlist(on, today());
		if (newly) {
			decided(offer, need, OfferDecided.Decision.SHORTLISTED, null);
		}
		return offer.getNeedId();
	}

	/**
	 * Accepts a current offer; the company then proposes the partnership from the need's
	 * proposal page.
	 */
	@Transactional
	public Long accept(Long accountId, Long offerId, @Nullable String reason) {
		Offer offer = find(offerId);
		OfferNeed need = companyNeed(accountId, offer.getNeedId());
		offer.accept(accountId, blankToNull(reason), Instant.now(clock), today());
		decided(offer, need, OfferDecided.Decision.ACCEPTED, blankToNull(reason));
		return offer.getNeedId();
	}

	/** Declines an undecided offer; the reason is required, the UMKM reads it. */
	@Transactional
	public Long decline(Long accountId, Long offerId, @Nullable String reason) {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("A declined offer needs a reason");
		}
		Offer offer = find(offerId);
		OfferNeed need = companyNeed(accountId, offer.getNeedId());
		offer.decline(accountId, reason.strip(), Instant.now(clock));
		decided(offer, need, OfferDecided.Decision.DECLINED, reason.strip());
		return offer.getNeedId();
	}

	private void decided(Offer offer, OfferNeed need, OfferDecided.Decision decision, @Nullable String reason) {
		events.publishEvent(new OfferDecided(offer.getId(), need.id(), need.title(), need.companyName(),
				offer.getUmkmId(), decision, reason));
	}

	/**
	 * The accepted offer of this UMKM on this need in the need's unit, for the contract
	 * ({@link id.simitra.offer.AcceptedOffers}).
	 */
	@Transactional(readOnly = true)
	public Optional<AcceptedOffer> acceptedTerms(Long needId, Long umkmId) {
		return offers.findActive(needId, umkmId).filter(o -> o.getStatus() == OfferStatus.ACCEPTED).map(o -> {
			OfferNeed need = needs.get(needId);
			return new AcceptedOffer(o.getId(), need.inNeedUnit(o.getQuantityBase()), need.unit(),
					need.pricePerNeedUnit(o.getUnitPrice(), o.getUnit()), o.getLeadTimeDays());
		});
	}

	// ---- helpers ----

	private static Comparator<OfferRow> order(OfferSort sort) {
		// Live offers first, then expired and declined ones, then recommended UMKM
		// without an offer.
		Comparator<OfferRow> group = Comparator.comparingInt(r -> !r.hasOffer() ? 2
				: r.status() == OfferStatus.EXPIRED || r.status() == OfferStatus.DECLINED ? 1 : 0);
		Comparator<OfferRow> key = switch (sort) {
			case PRICE ->
				Comparator.comparing(OfferRow::pricePerNeedUnit, Comparator.nullsLast(Comparator.naturalOrder()));
			case LEAD_TIME ->
				Comparator.comparing(OfferRow::leadTimeDays, Comparator.nullsLast(Comparator.naturalOrder()));
			case SCORE -> Comparator.comparing(OfferRow::matchScore, Comparator.nullsLast(Comparator.reverseOrder()))
				.thenComparing(Comparator.comparingInt(OfferRow::readiness).reversed());
		};
		return group.thenComparing(key)
			.thenComparing(OfferRow::umkmName, Comparator.nullsLast(Comparator.naturalOrder()));
	}

	private static int score(Map<Long, Readiness> ready, Long umkmId) {
		Readiness r = ready.get(umkmId);
		return r == null ? 0 : r.score();
	}

	/**
	 * Certificates in force (not rejected, not expired) of several UMKM in one query,
	 * labelled in the reader's language; each badge says whether an officer verified it
	 * (the page says "menunggu verifikasi" otherwise).
	 */
	private Map<Long, List<OfferRow.CertificateBadge>> certificatesOf(Set<Long> umkmIds, LocalDate today) {
		Map<Long, List<OfferRow.CertificateBadge>> result = new HashMap<>();
		if (umkmIds.isEmpty()) {
			return result;
		}
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> labels = new HashMap<>();
		jdbc.sql("select c.umkm_id, c.type_code, bool_or(c.counts) as verified"
				+ " from umkm_certificate_claim(:today) c where c.umkm_id in (:ids) and c.in_force"
				+ " group by c.umkm_id, c.type_code order by c.umkm_id, c.type_code")
			.param("ids", umkmIds)
			.param("today", today)
			.query((rs, n) -> {
				String code = rs.getString("type_code");
				String label = labels.computeIfAbsent(code,
						k -> certificates.type(k).map(t -> t.label(locale)).orElse(k));
				result.computeIfAbsent(rs.getLong("umkm_id"), k -> new ArrayList<>())
					.add(new OfferRow.CertificateBadge(code, label, rs.getBoolean("verified")));
				return code;
			})
			.list();
		return result;
	}

	private Map<Long, List<AttachmentView>> attachmentsOf(List<Long> offerIds) {
		if (offerIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("""
				select offer_id, document_id, file_name, content_type, size_bytes from offer_attachment
				where offer_id in (:ids) order by created_at, document_id
				""")
			.param("ids", offerIds)
			.query((rs, n) -> new AttachmentView(rs.getLong("offer_id"), rs.getLong("document_id"),
					rs.getString("file_name"), rs.getString("content_type"), rs.getInt("size_bytes")))
			.list()
			.stream()
			.collect(Collectors.groupingBy(AttachmentView::offerId));
	}

	/**
	 * Stores the file as a document of the UMKM and links it; the offer row is locked so
	 * two uploads cannot make four.
	 */
	private void attachTo(Offer offer, NewDocument document) {
		jdbc.sql("select id from offer where id = :id for update")
			.param("id", offer.getId())
			.query(Long.class)
			.single();
		long count = jdbc.sql("select count(*) from offer_attachment where offer_id = :id")
			.param("id", offer.getId())
			.query(Long.class)
			.single();
		if (count >= MAX_ATTACHMENTS) {
			throw new ConflictException("Offer " + offer.getId() + " already has " + MAX_ATTACHMENTS + " files");
		}
		Long documentId = documents.store(offer.getUmkmId(), document);
		jdbc.sql("""
				insert into offer_attachment (offer_id, document_id, file_name, content_type, size_bytes)
				values (:offer, :document, :name, :type, :size)
				""")
			.param("offer", offer.getId())
			.param("document", documentId)
			.param("name", document.fileName())
			.param("type", document.contentType())
			.param("size", document.bytes().length)
			.update();
	}

	private static void requireUnitOf(OfferNeed need, Unit unit) {
		if (unit.kind() != need.unit().kind()) {
			throw new IllegalArgumentException("Unit " + unit + " does not measure what need " + need.id() + " does");
		}
	}

	private OfferNeed companyNeed(Long accountId, Long needId) {
		OfferNeed need = needs.get(needId);
		if (!needs.actsForCompany(need, accountId)) {
			// Another company's need (and the offers on it) is private: do not confirm it
			// exists.
			throw new NotFoundException("Need " + needId + " of another company");
		}
		return need;
	}

	private Offer find(Long offerId) {
		return offers.findById(offerId).orElseThrow(() -> new NotFoundException("Offer " + offerId));
	}

	private Offer owned(Long offerId, Long umkmId) {
		Offer offer = find(offerId);
		if (!offer.getUmkmId().equals(umkmId)) {
			// Another UMKM's offer is private: do not confirm it exists.
			throw new NotFoundException("Offer " + offerId + " of another UMKM");
		}
		return offer;
	}

	private OfferView toView(Offer o, OfferNeed need) {
		return toView(o, need, umkms.names(List.of(o.getUmkmId())).get(o.getUmkmId()),
				attachmentsOf(List.of(o.getId())));
	}

	private OfferView toView(Offer o, OfferNeed need, @Nullable String umkmName,
			Map<Long, List<AttachmentView>> files) {
		return new OfferView(o.getId(), need.id(), need.title(), need.companyName(), o.getUmkmId(), umkmName,
				o.getQuantity(), o.getUnit(), o.getUnitPrice(), o.getLeadTimeDays(), o.getValidUntil(), o.getNote(),
				o.statusOn(today()), o.getDecisionReason(), o.getDecidedAt(), o.getRevisedAt(), o.getCreatedAt(),
				o.getVersion(), files.getOrDefault(o.getId(), List.of()), need.takesOffers());
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
