package id.simitra.event.internal.setup;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.account.SimitraUser;
import id.simitra.event.MeetingRequestAnswered;
import id.simitra.event.MeetingRequestWithdrawn;
import id.simitra.event.MeetingRequested;
import id.simitra.event.internal.EventAccess;
import id.simitra.event.internal.EventFacts;
import id.simitra.event.internal.setup.RegistrationService.NeedMatches;
import id.simitra.matching.Candidate;
import id.simitra.matching.Improvement;
import id.simitra.matching.MatchingService;
import id.simitra.matching.Readiness;
import id.simitra.platform.ConflictException;
import id.simitra.platform.NotFoundException;

/**
 * Meeting requests before the day (docs/event.md, "Meeting requests"): while the event is
 * published, a company's member asks to meet a registered UMKM about one of its
 * registered needs, or an UMKM's owner asks to meet a company about a need; the other
 * side accepts or declines, or the asking side withdraws it while it waits. "Susun
 * jadwal" then places every accepted pair if it can. The other side is told of a request,
 * the asking side of the answer ({@link MeetingRequested},
 * {@link MeetingRequestAnswered}).
 */
@Service
public class MeetingRequestService {

	private final JdbcClient jdbc;

	private final EventAccess access;

	private final EventSetupService events;

	private final RegistrationService registrations;

	private final MatchingService matching;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	private final double minScore;

	MeetingRequestService(JdbcClient jdbc, EventAccess access, EventSetupService events,
			RegistrationService registrations, MatchingService matching, ApplicationEventPublisher publisher,
			Clock clock, @Value("${simitra.event.schedule.min-score:30}") double minScore) {
		this.jdbc = jdbc;
		this.access = access;
		this.events = events;
		this.registrations = registrations;
		this.matching = matching;
		this.publisher = publisher;
		this.clock = clock;
		this.minScore = minScore;
	}

	/**
	 * The participant's page: what it may ask for, and the requests of both directions.
	 * 404 for anybody who neither registered nor has a meeting at the event.
	 */
	@Transactional(readOnly = true)
	public RequestPage page(long eventId, SimitraUser user) {
		Participant me = participant(eventId, user);
		boolean open = me.open();
		List<RequestRow> requests = requests(eventId, me);
		if (me.companyId() != null) {
			List<NeedMatches> needs = open ? this.registrations.matches(eventId, me.companyId(), List.of("APPROVED"))
					: List.of();
			return new RequestPage(me.event(), true, open, needs, List.of(), List.of(), requests);
		}
		List<NeedFit> fits = open ? needsFor(me.event(), me.umkmId()) : List.of();
		return new RequestPage(me.event(), false, open, List.of(), fits, improvements(fits), requests);
	}

	/**
	 * Whether the event was cancelled: requests are refused with that message rather than
	 * a bare 409. 404 as the page for anybody who does not take part.
	 */
	@Transactional(readOnly = true)
	public boolean cancelled(long eventId, SimitraUser user) {
		return "CANCELLED".equals(participant(eventId, user).event().status());
	}

	/**
	 * Asks for a meeting of the need with the UMKM, as this side. Returns false when the
	 * pair was asked for already (by either side): a request is unique per need and UMKM;
	 * a withdrawn one may be asked for again (by either side). 409 when the event is not
	 * open for requests or the asker is not approved.
	 */
	@Transactional
	public boolean request(long eventId, SimitraUser user, long needId, long umkmId) {
		Participant me = participant(eventId, user);
		if (!me.open()) {
			throw new ConflictException("event " + eventId + " takes no meeting requests from " + user.accountId());
		}
		Long needCompany = approvedNeedCompany(eventId, needId);
		boolean umkmApproved = this.jdbc.sql("""
				select count(*) from event_registration where event_id = :e and umkm_id = :u and status = 'APPROVED'""")
			.param("e", eventId)
			.param("u", umkmId)
			.query(Long.class)
			.single() > 0;
		boolean mine = me.companyId() != null ? me.companyId().equals(needCompany)
				: Long.valueOf(umkmId).equals(me.umkmId());
		if (needCompany == null || !umkmApproved || !mine) {
			throw new NotFoundException("need " + needId + " and UMKM " + umkmId + " at event " + eventId);
		}
		String side = me.companyId() != null ? "COMPANY" : "UMKM";
		int inserted = this.jdbc.sql("""
				insert into event_meeting_request (event_id, need_id, umkm_id, requested_by, requester_id, created_at)
				values (:e, :need, :umkm, :side, :by, :now)
				on conflict (event_id, need_id, umkm_id) do update
				set status = 'PENDING', requested_by = excluded.requested_by, requester_id = excluded.requester_id,
				    created_at = excluded.created_at, decided_by = null, decided_at = null,
				    version = event_meeting_request.version + 1
				where event_meeting_request.status = 'WITHDRAWN'""")
			.param("e", eventId)
			.param("need", needId)
			.param("umkm", umkmId)
			.param("side", side)
			.param("by", user.accountId())
			.param("now", now())
			.update();
		if (inserted == 0) {
			return false;
		}
		this.events.audit(eventId, user, "MEETING_REQUESTED", "need " + needId + ", UMKM " + umkmId + " by " + side);
		RequestRow asked = row(eventId, me, needId, umkmId);
		this.publisher.publishEvent(new MeetingRequested(eventId, me.event().name(), asked.needTitle(),
				me.companyId() != null ? asked.companyName() : asked.umkmName(), me.companyId() != null, needCompany,
				umkmId));
		return true;
	}

	/**
	 * The other side's answer to a waiting request. 404 when it is not a request to this
	 * participant; 409 when the event is closed for requests or the request changed since
	 * the page showed it.
	 */
	@Transactional
	public void decide(long eventId, SimitraUser user, long requestId, boolean accept, long expectedVersion) {
		Participant me = participant(eventId, user);
		if (!me.open()) {
			throw new ConflictException("event " + eventId + " takes no answers to requests now");
		}
		RequestRow request = requests(eventId, me).stream()
			.filter(r -> r.id() == requestId && r.incoming())
			.findFirst()
			.orElseThrow(() -> new NotFoundException("meeting request " + requestId + " to " + user.accountId()));
		int updated = this.jdbc.sql("""
				update event_meeting_request set status = :status, decided_by = :by, decided_at = :now,
				       version = version + 1
				where id = :id and version = :version and status = 'PENDING'""")
			.param("status", accept ? "ACCEPTED" : "DECLINED")
			.param("by", user.accountId())
			.param("now", now())
			.param("id", requestId)
			.param("version", expectedVersion)
			.update();
		if (updated == 0) {
			throw new ConflictException("meeting request " + requestId + " is not waiting at " + expectedVersion);
		}
		this.events.audit(eventId, user, accept ? "REQUEST_ACCEPTED" : "REQUEST_DECLINED",
				"need " + request.needId() + ", UMKM " + request.umkmId());
		boolean byCompany = me.umkmId() != null;
		this.publisher.publishEvent(new MeetingRequestAnswered(eventId, me.event().name(), request.needTitle(),
				byCompany ? request.umkmName() : request.companyName(), accept, byCompany, request.companyId(),
				request.umkmId()));
	}

	/**
	 * The asking side takes back its request while it waits: it is WITHDRAWN, the other
	 * side no longer has it to answer. 404 when it is not a request of this participant's
	 * side; 409 when the event is closed for requests or the request changed since the
	 * page showed it (answered meanwhile, or withdrawn from another page).
	 */
	@Transactional
	public void withdraw(long eventId, SimitraUser user, long requestId, long expectedVersion) {
		Participant me = participant(eventId, user);
		if (!me.open()) {
			throw new ConflictException("event " + eventId + " takes no changes to requests now");
		}
		RequestRow request = requests(eventId, me).stream()
			.filter(r -> r.id() == requestId && !r.incoming())
			.findFirst()
			.orElseThrow(() -> new NotFoundException("meeting request " + requestId + " of " + user.accountId()));
		int updated = this.jdbc.sql("""
				update event_meeting_request set status = 'WITHDRAWN', decided_by = :by, decided_at = :now,
				       version = version + 1
				where id = :id and version = :version and status = 'PENDING'""")
			.param("by", user.accountId())
			.param("now", now())
			.param("id", requestId)
			.param("version", expectedVersion)
			.update();
		if (updated == 0) {
			throw new ConflictException("meeting request " + requestId + " is not waiting at " + expectedVersion);
		}
		this.events.audit(eventId, user, "REQUEST_WITHDRAWN",
				"need " + request.needId() + ", UMKM " + request.umkmId());
		boolean byCompany = me.companyId() != null;
		this.publisher.publishEvent(new MeetingRequestWithdrawn(eventId, me.event().name(), request.needTitle(),
				byCompany ? request.companyName() : request.umkmName(), byCompany, request.companyId(),
				request.umkmId()));
	}

	private RequestRow row(long eventId, Participant me, long needId, long umkmId) {
		return requests(eventId, me).stream()
			.filter(r -> r.needId() == needId && r.umkmId() == umkmId)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("request of need " + needId + " and UMKM " + umkmId));
	}

	/**
	 * The registered needs of approved companies that fit the UMKM (score at least the
	 * scheduler's minimum), and those a missing required certificate keeps it from, so it
	 * sees what to fix; best first, the blocked ones last. Each with its readiness on the
	 * event's day. A fixed number of statements whatever the number of needs: the needs,
	 * one set-based scoring of them all (as on {@code /umkm/kebutuhan}) and one readiness
	 * call for the fitting ones.
	 */
	private List<NeedFit> needsFor(EventFacts event, @Nullable Long umkmId) {
		if (umkmId == null) {
			return List.of();
		}
		List<RegistrationService.RegisteredNeed> needs = this.registrations.registeredNeeds(event.id(), null);
		Map<Long, Candidate> scores = needs.isEmpty() ? Map.of() : this.matching.scoreNeeds(umkmId,
				needs.stream().map(RegistrationService.RegisteredNeed::needId).toList());
		List<RegistrationService.RegisteredNeed> fitting = needs.stream().filter(need -> {
			Candidate c = scores.get(need.needId());
			return c != null && (c.excluded() || c.score() >= this.minScore);
		}).toList();
		Map<Long, Map<Long, Readiness>> readiness = fitting.isEmpty() ? Map.of()
				: this.matching.readiness(fitting.stream().map(RegistrationService.RegisteredNeed::needId).toList(),
						List.of(umkmId), this.registrations.readinessDay(event));
		List<NeedFit> result = new ArrayList<>();
		for (RegistrationService.RegisteredNeed need : fitting) {
			result.add(new NeedFit(need.needId(), need.title(), need.companyName(),
					Objects.requireNonNull(scores.get(need.needId())),
					readiness.getOrDefault(need.needId(), Map.of()).get(umkmId)));
		}
		result.sort(Comparator.comparing((NeedFit f) -> f.candidate().excluded())
			.thenComparing(f -> -f.candidate().score()));
		return result;
	}

	/**
	 * What would make the UMKM fit more of these needs by the event's day: matching's
	 * "how to improve" list (the one {@code /umkm/kebutuhan} shows), judged on the day.
	 */
	private List<Improvement> improvements(List<NeedFit> fits) {
		return this.matching.improvementsOf(
				fits.stream().map(f -> f.readiness() != null ? f.readiness().onTheDay() : f.candidate()).toList());
	}

	private List<RequestRow> requests(long eventId, Participant me) {
		return this.jdbc.sql("""
				select r.id, r.need_id, n.title, g.company_id, c.name as company_name, r.umkm_id, u.business_name,
				       r.requested_by,
				       r.status, r.version
				from event_meeting_request r
				join event_registration_need x on x.need_id = r.need_id
				join event_registration g on g.id = x.registration_id and g.event_id = r.event_id
				join need_summary n on n.id = r.need_id
				join company_summary c on c.id = g.company_id
				join umkm_listing u on u.id = r.umkm_id
				where r.event_id = :e and (g.company_id = :company or r.umkm_id = :umkm)
				order by r.status <> 'PENDING', r.created_at desc, r.id desc""")
			.param("e", eventId)
			.param("company", me.companyId() == null ? -1L : me.companyId())
			.param("umkm", me.umkmId() == null ? -1L : me.umkmId())
			.query((rs, i) -> {
				boolean byCompany = "COMPANY".equals(rs.getString("requested_by"));
				return new RequestRow(rs.getLong("id"), rs.getLong("need_id"), rs.getString("title"),
						rs.getLong("company_id"), rs.getString("company_name"), rs.getLong("umkm_id"),
						rs.getString("business_name"), byCompany == (me.umkmId() != null), rs.getString("status"),
						rs.getLong("version"));
			})
			.list();
	}

	/**
	 * The company of the need when it is registered at the event by an approved company.
	 */
	private @Nullable Long approvedNeedCompany(long eventId, long needId) {
		return this.jdbc.sql("""
				select g.company_id from event_registration_need x
				join event_registration g on g.id = x.registration_id
				where g.event_id = :e and x.need_id = :need and g.status = 'APPROVED'""")
			.param("e", eventId)
			.param("need", needId)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	/**
	 * Who asks, as a participant: its company or UMKM, and whether it may ask and answer
	 * now (event published, own registration approved). 404 for anybody without a
	 * registration or a meeting at the event (as the agenda).
	 */
	private Participant participant(long eventId, SimitraUser user) {
		EventFacts event = this.access.visible(eventId, user);
		Optional<Long> company = this.access.companyOf(user);
		Optional<Long> umkm = company.isPresent() ? Optional.empty() : this.access.umkmOf(user);
		if (company.isEmpty() && umkm.isEmpty()) {
			throw new NotFoundException("event " + eventId + " for account " + user.accountId());
		}
		String status = this.jdbc.sql("""
				select status from event_registration where event_id = :e
				and (company_id = :company or umkm_id = :umkm)""")
			.param("e", eventId)
			.param("company", company.orElse(-1L))
			.param("umkm", umkm.orElse(-1L))
			.query(String.class)
			.optional()
			.orElse(null);
		if (status == null) {
			boolean meets = this.jdbc.sql("""
					select count(*) from event_meeting where event_id = :e
					and (company_id = :company or umkm_id = :umkm)""")
				.param("e", eventId)
				.param("company", company.orElse(-1L))
				.param("umkm", umkm.orElse(-1L))
				.query(Long.class)
				.single() > 0;
			if (!meets) {
				throw new NotFoundException("event " + eventId + " for account " + user.accountId());
			}
		}
		boolean open = "PUBLISHED".equals(event.status()) && "APPROVED".equals(status);
		return new Participant(event, company.orElse(null), umkm.orElse(null), open);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	private record Participant(EventFacts event, @Nullable Long companyId, @Nullable Long umkmId, boolean open) {

	}

	/**
	 * The page.
	 *
	 * @param event the event
	 * @param company a company's member asks (else an UMKM's owner)
	 * @param open requests may be made and answered now
	 * @param needs the company's registered needs with the approved UMKM ranked
	 * @param fits for an UMKM, the fitting needs ranked
	 * @param improvements for an UMKM, what would make it fit more of them by the day
	 * @param requests requests of both directions, waiting ones first
	 */
	public record RequestPage(EventFacts event, boolean company, boolean open, List<NeedMatches> needs,
			List<NeedFit> fits, List<Improvement> improvements, List<RequestRow> requests) {

		/**
		 * Whether the pair was requested already (either side); a withdrawn request may
		 * be made again.
		 */
		public boolean requested(long needId, long umkmId) {
			return this.requests.stream()
				.anyMatch(r -> r.needId() == needId && r.umkmId() == umkmId && !"WITHDRAWN".equals(r.status()));
		}

	}

	/**
	 * A need at the event scored for the UMKM.
	 *
	 * @param needId the need
	 * @param title its title
	 * @param companyName its company
	 * @param candidate the UMKM's score, factors and missing required certificates
	 * @param readiness what it lacks for the need on the event's day (null only if
	 * matching could not judge the pair)
	 */
	public record NeedFit(long needId, String title, String companyName, Candidate candidate,
			@Nullable Readiness readiness) {

	}

	/**
	 * A request.
	 *
	 * @param id the request
	 * @param needId the need
	 * @param needTitle its title
	 * @param companyId the need's company
	 * @param companyName its name
	 * @param umkmId the UMKM
	 * @param umkmName its name
	 * @param incoming the other side asked (this side answers)
	 * @param status PENDING, ACCEPTED, DECLINED or WITHDRAWN
	 * @param version optimistic-locking version
	 */
	public record RequestRow(long id, long needId, String needTitle, long companyId, String companyName, long umkmId,
			String umkmName, boolean incoming, String status, long version) {

	}

}
