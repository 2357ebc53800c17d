package id.simitra.event.internal.setup;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.account.SimitraUser;
import id.simitra.event.MeetingsCancelled;
import id.simitra.event.RegistrationDecided;
import id.simitra.event.internal.EventAccess;
import id.simitra.event.internal.EventFacts;
import id.simitra.matching.Candidate;
import id.simitra.matching.MatchingService;
import id.simitra.matching.Readiness;
import id.simitra.platform.ConflictException;
import id.simitra.platform.NotFoundException;

/**
 * Companies and UMKM register for an event (docs/event.md, "Registration"): a company's
 * member with some of its open needs, the sessions its staff can attend and how many
 * tables they hold at once; an UMKM's owner with the products it shows and its sessions.
 * Only inside the registration window of a published event. A company takes part at once;
 * an UMKM waits for an officer when the event requires approval, and is told the decision
 * ({@link RegistrationDecided}).
 */
@Service
public class RegistrationService {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final EventAccess access;

	private final EventSetupService events;

	private final MatchingService matching;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	RegistrationService(JdbcClient jdbc, EventAccess access, EventSetupService events, MatchingService matching,
			ApplicationEventPublisher publisher, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.events = events;
		this.matching = matching;
		this.publisher = publisher;
		this.clock = clock;
	}

	/**
	 * What this person may choose from when registering its company or UMKM, and what it
	 * chose before. 404 for a draft, and for an account with neither company nor UMKM.
	 */
	@Transactional(readOnly = true)
	public RegistrationChoices choices(long eventId, SimitraUser user) {
		EventFacts event = this.access.visible(eventId, user);
		List<RegistrationChoices.Option> sessions = this.jdbc.sql("""
				select id, position, starts_at, ends_at from event_session where event_id = :e order by position""")
			.param("e", eventId)
			.query((rs, i) -> new RegistrationChoices.Option(rs.getLong("id"),
					rs.getInt("position") + ": " + rs.getString("starts_at").substring(0, 5) + "–"
							+ rs.getString("ends_at").substring(0, 5)))
			.list();
		Optional<Long> company = this.access.companyOf(user);
		if (company.isPresent()) {
			List<RegistrationChoices.Option> needs = this.jdbc.sql("""
					select id, title from need_summary where company_id = :c
					and (need_takes_offers(status, deadline, :today)
					     or id in (select x.need_id from event_registration_need x join event_registration g
					               on g.id = x.registration_id where g.event_id = :e and g.company_id = :c))
					order by title, id""")
				.param("c", company.get())
				.param("today", this.events.today(event.zone()))
				.param("e", eventId)
				.query((rs, i) -> new RegistrationChoices.Option(rs.getLong("id"), rs.getString("title")))
				.list();
			return new RegistrationChoices(true, company.get(), needs, List.of(), sessions,
					existing(eventId, "company_id", company.get()));
		}
		long umkm = this.access.umkmOf(user)
			.orElseThrow(() -> new NotFoundException("no company or UMKM for account " + user.accountId()));
		List<RegistrationChoices.Option> products = this.jdbc
			.sql("select id, name from product_listing where umkm_id = :u order by name, id")
			.param("u", umkm)
			.query((rs, i) -> new RegistrationChoices.Option(rs.getLong("id"), rs.getString("name")))
			.list();
		return new RegistrationChoices(false, umkm, List.of(), products, sessions, existing(eventId, "umkm_id", umkm));
	}

	private RegistrationChoices.@Nullable Existing existing(long eventId, String column, long party) {
		return this.jdbc
			.sql("select id, status, decision_reason, parallel_tables, version from event_registration"
					+ " where event_id = :e and " + column + " = :p")
			.param("e", eventId)
			.param("p", party)
			.query((rs, i) -> new RegistrationChoices.Existing(rs.getLong("id"), rs.getString("status"),
					rs.getString("decision_reason"), ids("event_registration_need", "need_id", rs.getLong("id")),
					ids("event_registration_product", "product_id", rs.getLong("id")),
					ids("event_registration_session", "session_id", rs.getLong("id")), rs.getInt("parallel_tables"),
					rs.getLong("version")))
			.optional()
			.orElse(null);
	}

	private Set<Long> ids(String table, String column, long registration) {
		return Set.copyOf(this.jdbc.sql("select " + column + " from " + table + " where registration_id = :r")
			.param("r", registration)
			.query(Long.class)
			.list());
	}

	/**
	 * Registers (or changes the registration of) this person's company or UMKM. Answers
	 * the rules the choice breaks (field "" for the whole form); empty when saved.
	 */
	@Transactional
	public List<Problem> register(long eventId, SimitraUser user, List<Long> needIds, List<Long> productIds,
			List<Long> sessionIds, int parallelTables) {
		RegistrationChoices choices = choices(eventId, user);
		EventDetails event = this.events.details(eventId);
		LocalDate today = this.events.today(event.zone());
		List<Problem> problems = new ArrayList<>();
		if (event.cancelled()) {
			problems.add(Problem.of("", "event.cancel.noRegistration"));
			return problems;
		}
		if (!event.registrationOpenOn(today)) {
			problems.add(Problem.of("",
					today.isBefore(event.registrationOpens()) ? "event.register.notYet" : "event.register.closed",
					event.registrationOpens(), event.registrationCloses()));
			return problems;
		}
		if (choices.existing() != null && "REFUSED".equals(choices.existing().status())) {
			problems.add(Problem.of("", "event.register.wasRefused"));
			return problems;
		}
		// Withdrawn for good: its meetings were cancelled and their partners told; coming
		// back is the officer's call (a late registration), not a silent change.
		if (choices.existing() != null && "WITHDRAWN".equals(choices.existing().status())) {
			problems.add(Problem.of("", "event.register.wasWithdrawn"));
			return problems;
		}
		List<Long> sessions = chosen(sessionIds, choices.sessions());
		List<Long> needs = chosen(needIds, choices.needs());
		List<Long> products = chosen(productIds, choices.products());
		if (sessions.isEmpty()) {
			problems.add(Problem.of("sessionIds", "event.register.chooseSession"));
		}
		if (choices.company() && needs.isEmpty()) {
			problems.add(Problem.of("needIds",
					choices.needs().isEmpty() ? "event.register.noOpenNeed" : "event.register.chooseNeed"));
		}
		if (!choices.company() && products.isEmpty()) {
			problems.add(Problem.of("productIds",
					choices.products().isEmpty() ? "event.register.noProduct" : "event.register.chooseProduct"));
		}
		if (choices.company() && (parallelTables < 1 || parallelTables > 20)) {
			problems.add(Problem.of("parallelTables", "event.error.range", 1, 20));
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		OffsetDateTime now = now();
		String column = choices.company() ? "company_id" : "umkm_id";
		long id;
		if (choices.existing() == null) {
			String status = !choices.company() && event.approvalRequired() ? "PENDING" : "APPROVED";
			id = this.jdbc
				.sql("insert into event_registration (event_id, " + column
						+ ", status, parallel_tables, check_in_token, registered_by, created_at, updated_at)"
						+ " values (:e, :p, :status, :tables, :token, :by, :now, :now) returning id")
				.param("e", eventId)
				.param("p", choices.partyId())
				.param("status", status)
				.param("tables", choices.company() ? parallelTables : 1)
				.param("token", token())
				.param("by", user.accountId())
				.param("now", now)
				.query(Long.class)
				.single();
			this.events.audit(eventId, user, "REGISTERED", column + " " + choices.partyId() + ": " + status);
		}
		else {
			id = choices.existing().id();
			this.jdbc.sql("""
					update event_registration set parallel_tables = :tables, updated_at = :now, version = version + 1
					where id = :id""")
				.param("tables", choices.company() ? parallelTables : 1)
				.param("now", now)
				.param("id", id)
				.update();
			for (String table : List.of("event_registration_session", "event_registration_need",
					"event_registration_product")) {
				this.jdbc.sql("delete from " + table + " where registration_id = :id").param("id", id).update();
			}
			this.events.audit(eventId, user, "REGISTERED", column + " " + choices.partyId() + ": changed");
		}
		link(id, "event_registration_session", "session_id", sessions);
		link(id, "event_registration_need", "need_id", needs);
		link(id, "event_registration_product", "product_id", products);
		return List.of();
	}

	/** The ids chosen among those offered (anything else sent is ignored). */
	private static List<Long> chosen(List<Long> sent, List<RegistrationChoices.Option> offered) {
		return offered.stream().map(RegistrationChoices.Option::id).filter(sent::contains).toList();
	}

	private void link(long registration, String table, String column, List<Long> ids) {
		for (Long value : ids) {
			this.jdbc.sql("insert into " + table + " (registration_id, " + column + ") values (:r, :v)")
				.param("r", registration)
				.param("v", value)
				.update();
		}
	}

	/**
	 * The registrations of the event: waiting ones first, then companies, then by name.
	 */
	@Transactional(readOnly = true)
	public List<RegistrationRow> registrations(long eventId) {
		return this.jdbc
			.sql("""
					select g.id, g.company_id, g.umkm_id, coalesce(c.name, u.business_name) as name, g.status,
					       g.decision_reason, g.parallel_tables, g.version,
					       (select string_agg(s.position::text, ', ' order by s.position) from event_registration_session x
					        join event_session s on s.id = x.session_id where x.registration_id = g.id) as sessions,
					       coalesce((select string_agg(n.title, ', ' order by n.title) from event_registration_need x
					                 join need_summary n on n.id = x.need_id where x.registration_id = g.id),
					                (select string_agg(p.name, ', ' order by p.name) from event_registration_product x
					                 join product_listing p on p.id = x.product_id where x.registration_id = g.id)) as chosen
					from event_registration g
					left join company_summary c on c.id = g.company_id
					left join umkm_listing u on u.id = g.umkm_id
					where g.event_id = :e
					order by g.status <> 'PENDING', g.company_id is null, name, g.id
					""")
			.param("e", eventId)
			.query((rs, i) -> new RegistrationRow(rs.getLong("id"), rs.getObject("company_id", Long.class) != null,
					rs.getString("name"), rs.getString("status"), rs.getString("decision_reason"),
					rs.getInt("parallel_tables"), rs.getString("sessions"), rs.getString("chosen"),
					rs.getLong("version")))
			.list();
	}

	/**
	 * For each need a registered company brings, the registered UMKM (waiting or
	 * approved) with their match score for it, best first: matching scores them, as on
	 * the need's page.
	 */
	@Transactional(readOnly = true)
	public List<NeedMatches> matches(long eventId) {
		return matches(eventId, null, List.of("PENDING", "APPROVED"));
	}

	/**
	 * The same ranking for one company's registered needs, or all (null), with the UMKM
	 * whose registration is in one of these statuses: the officer's page shows waiting
	 * ones too, the company's meeting requests only approved ones. Each with its
	 * readiness on the event's day (one call for all pairs, {@link #readinessDay}).
	 */
	@Transactional(readOnly = true)
	public List<NeedMatches> matches(long eventId, @Nullable Long companyId, List<String> umkmStatuses) {
		Map<Long, String> umkm = new LinkedHashMap<>();
		Map<Long, String> umkmStatus = new LinkedHashMap<>();
		this.jdbc.sql("""
				select g.umkm_id, u.business_name, g.status from event_registration g
				join umkm_listing u on u.id = g.umkm_id
				where g.event_id = :e and g.status in (:statuses)""")
			.param("e", eventId)
			.param("statuses", umkmStatuses)
			.query((rs, i) -> {
				umkm.put(rs.getLong(1), rs.getString(2));
				umkmStatus.put(rs.getLong(1), rs.getString(3));
				return rs.getLong(1);
			})
			.list();
		List<NeedMatches> result = new ArrayList<>();
		List<RegisteredNeed> registered = registeredNeeds(eventId, companyId);
		Map<Long, Map<Long, Readiness>> readiness = umkm.isEmpty() ? Map.of()
				: this.matching.readiness(registered.stream().map(RegisteredNeed::needId).toList(), umkm.keySet(),
						readinessDay(this.access.facts(eventId)));
		registered.stream()
			.map(n -> new NeedMatches(n.needId(), n.title(), n.companyName(), new ArrayList<>()))
			.forEach(need -> {
				if (!umkm.isEmpty()) {
					Map<Long, Candidate> scores = this.matching.scoreFor(need.needId(), umkm.keySet());
					scores.values()
						.stream()
						.sorted(Comparator.comparingDouble(Candidate::score).reversed())
						.forEach(c -> need.umkm()
							.add(new NeedMatches.Match(c.umkmId(), umkm.getOrDefault(c.umkmId(), c.businessName()),
									c.score(), c.excluded(), umkmStatus.getOrDefault(c.umkmId(), ""), c,
									readiness.getOrDefault(need.needId(), Map.of()).get(c.umkmId()))));
				}
				result.add(need);
			});
		return result;
	}

	/**
	 * The day an UMKM's readiness for the event's needs is judged on: the event's day (a
	 * certificate must still count when the parties meet), or today once that day has
	 * passed at the venue.
	 */
	public LocalDate readinessDay(EventFacts event) {
		LocalDate today = this.events.today(event.zone());
		return event.eventDate().isBefore(today) ? today : event.eventDate();
	}

	/**
	 * An officer's decision on an UMKM's waiting registration; the owner is told. 409
	 * when it is not waiting any more or changed since the page showed it.
	 */
	@Transactional
	public void decide(long eventId, long registrationId, SimitraUser user, boolean approve, @Nullable String reason,
			long expectedVersion) {
		EventFacts event = this.access.organised(eventId, user);
		Long umkmId = this.jdbc.sql("""
				select umkm_id from event_registration where id = :id and event_id = :e and umkm_id is not null""")
			.param("id", registrationId)
			.param("e", eventId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("registration " + registrationId + " of event " + eventId));
		String why = approve || reason == null || reason.isBlank() ? null : reason.strip();
		if (!approve && why == null) {
			throw new IllegalArgumentException("a refusal needs a reason");
		}
		int updated = this.jdbc.sql("""
				update event_registration set status = :status, decision_reason = :reason, decided_by = :by,
				       decided_at = :now, updated_at = :now, version = version + 1
				where id = :id and version = :version and status = 'PENDING'""")
			.param("status", approve ? "APPROVED" : "REFUSED")
			.param("reason", why)
			.param("by", user.accountId())
			.param("now", now())
			.param("id", registrationId)
			.param("version", expectedVersion)
			.update();
		if (updated == 0) {
			throw new ConflictException(
					"registration " + registrationId + " is no longer waiting at version " + expectedVersion);
		}
		this.events.audit(eventId, user, approve ? "APPROVED" : "REFUSED",
				"UMKM " + umkmId + (why == null ? "" : ": " + why));
		this.publisher.publishEvent(new RegistrationDecided(eventId, event.name(), umkmId, approve, why));
	}

	/**
	 * Whether this registration may still be withdrawn: waiting or approved, the event
	 * published (schedule out or not) and its day still ahead at the venue.
	 */
	public boolean withdrawable(EventDetails event, RegistrationChoices.@Nullable Existing existing) {
		return existing != null && ("PENDING".equals(existing.status()) || "APPROVED".equals(existing.status()))
				&& ("PUBLISHED".equals(event.status()) || "SCHEDULED".equals(event.status()))
				&& this.events.today(event.zone()).isBefore(event.eventDate());
	}

	/**
	 * The participant withdraws its company's or UMKM's registration before the event's
	 * day. Its waiting and accepted meeting requests are withdrawn with it. Its meetings:
	 * before the schedule is published they were a draft nobody saw, and are deleted;
	 * after, they are CANCELLED (kept for the report; the slot and table are free again,
	 * V120) and the partner of each is told ({@link MeetingsCancelled}). 404 without a
	 * registration; 409 when it may not be withdrawn now or changed since the page showed
	 * it.
	 */
	@Transactional
	public void withdraw(long eventId, SimitraUser user, long expectedVersion) {
		RegistrationChoices choices = choices(eventId, user);
		RegistrationChoices.Existing existing = choices.existing();
		if (existing == null) {
			throw new NotFoundException("no registration of account " + user.accountId() + " at event " + eventId);
		}
		EventDetails event = this.events.details(eventId);
		if (!withdrawable(event, existing)) {
			throw new ConflictException("registration " + existing.id() + " cannot be withdrawn now");
		}
		OffsetDateTime now = now();
		int updated = this.jdbc.sql("""
				update event_registration set status = 'WITHDRAWN', updated_at = :now, version = version + 1
				where id = :id and version = :version and status in ('PENDING', 'APPROVED')""")
			.param("now", now)
			.param("id", existing.id())
			.param("version", expectedVersion)
			.update();
		if (updated == 0) {
			throw new ConflictException("registration " + existing.id() + " changed since version " + expectedVersion);
		}
		String column = choices.company() ? "company_id" : "umkm_id";
		String requestsOf = choices.company() ? """
				need_id in (select x.need_id from event_registration_need x where x.registration_id = :r)"""
				: "umkm_id = :p";
		int requests = this.jdbc
			.sql("update event_meeting_request set status = 'WITHDRAWN', decided_by = :by,"
					+ " decided_at = :now, version = version + 1"
					+ " where event_id = :e and status in ('PENDING', 'ACCEPTED') and " + requestsOf)
			.param("by", user.accountId())
			.param("now", now)
			.param("e", eventId)
			.param("r", existing.id())
			.param("p", choices.partyId())
			.update();
		List<MeetingsCancelled.Partner> partners = List.of();
		int meetings;
		if ("SCHEDULED".equals(event.status())) {
			partners = this.jdbc
				.sql("update event_meeting m set status = 'CANCELLED', updated_at = :now,"
						+ " version = m.version + 1 from need_summary n"
						+ " where n.id = m.need_id and m.event_id = :e and m.status = 'PLANNED' and m." + column
						+ " = :p" + " returning m.company_id, m.umkm_id, n.title")
				.param("now", now)
				.param("e", eventId)
				.param("p", choices.partyId())
				.query((rs, i) -> new MeetingsCancelled.Partner(choices.company() ? null : rs.getLong("company_id"),
						choices.company() ? rs.getLong("umkm_id") : null, rs.getString("title")))
				.list();
			meetings = partners.size();
		}
		else {
			meetings = this.jdbc
				.sql("delete from event_meeting where event_id = :e and status = 'PLANNED' and " + column + " = :p")
				.param("e", eventId)
				.param("p", choices.partyId())
				.update();
		}
		this.events.audit(eventId, user, "WITHDRAWN", column + " " + choices.partyId() + ": " + requests
				+ " requests withdrawn, " + meetings + " meetings " + (partners.isEmpty() ? "removed" : "cancelled"));
		if (!partners.isEmpty()) {
			this.publisher.publishEvent(new MeetingsCancelled(eventId, event.name(),
					partyName(choices.company(), choices.partyId()), partners));
		}
	}

	private String partyName(boolean company, long partyId) {
		return this.jdbc
			.sql(company ? "select name from company_summary where id = :p"
					: "select business_name from umkm_listing where id = :p")
			.param("p", partyId)
			.query(String.class)
			.single();
	}

	/** 32 random bytes, URL-safe: the 43 characters of the check-in link. */
	private static String token() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	/**
	 * A registration in the officer's list.
	 *
	 * @param id the registration
	 * @param company a company's (else an UMKM's)
	 * @param name the company's or UMKM's name
	 * @param status PENDING, APPROVED, REFUSED or WITHDRAWN
	 * @param reason the reason of a refusal
	 * @param parallelTables a company's tables at once
	 * @param sessions the session numbers it attends
	 * @param chosen its needs or products
	 * @param version optimistic-locking version
	 */
	public record RegistrationRow(long id, boolean company, String name, String status, @Nullable String reason,
			int parallelTables, @Nullable String sessions, @Nullable String chosen, long version) {

	}

	/**
	 * A registered company's need with the registered UMKM and their scores.
	 *
	 * @param needId the need
	 * @param title its title
	 * @param companyName the company
	 * @param umkm the registered UMKM, best score first
	 */
	public record NeedMatches(long needId, String title, String companyName, List<Match> umkm) {

		/**
		 * An UMKM's score for the need.
		 *
		 * @param umkmId the UMKM
		 * @param name its name
		 * @param score 0-100
		 * @param excluded it lacks a certificate the need requires
		 * @param status its registration's status
		 * @param candidate matching's score with its factors (the short explanation)
		 * @param readiness what it lacks for the need on the event's day (null only if
		 * matching could not judge the pair)
		 */
		public record Match(long umkmId, String name, double score, boolean excluded, String status,
				Candidate candidate, @Nullable Readiness readiness) {

		}

	}

	/** A need an approved company registered for the event. */
	public record RegisteredNeed(long needId, String title, String companyName) {
	}

	/**
	 * The needs the approved companies registered for the event (one company's when
	 * companyId is given), by company and title: what the officer's matches, the
	 * company's and the UMKM's meeting requests are built on.
	 */
	public List<RegisteredNeed> registeredNeeds(long eventId, @Nullable Long companyId) {
		return this.jdbc
			.sql("""
					select x.need_id, n.title, c.name from event_registration_need x
					join event_registration g on g.id = x.registration_id
					join need_summary n on n.id = x.need_id join company_summary c on c.id = g.company_id
					where g.event_id = :e and g.status = 'APPROVED' and (cast(:company as bigint) is null or g.company_id = :company)
					order by c.name, n.title, n.id""")
			.param("e", eventId)
			.param("company", companyId)
			.query((rs, i) -> new RegisteredNeed(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}

}
