package id.simitra.event.internal.scheduling;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.account.SimitraUser;
import id.simitra.event.SchedulePublished;
import id.simitra.event.internal.EventAccess;
import id.simitra.event.internal.EventFacts;
import id.simitra.event.internal.schedule.MeetingScheduler;
import id.simitra.event.internal.schedule.Schedule;
import id.simitra.event.internal.schedule.ScheduleProblem;
import id.simitra.event.internal.schedule.ScheduleRules;
import id.simitra.event.internal.schedule.ScheduledMeeting;
import id.simitra.event.internal.schedule.SchedulerSettings;
import id.simitra.matching.Candidate;
import id.simitra.matching.MatchingService;
import id.simitra.platform.ConflictException;
import id.simitra.platform.NotFoundException;

/**
 * The schedule of an event, for its organisers (docs/event.md, "Schedule"):
 * <ul>
 * <li>"Susun jadwal" builds the solver's problem from the approved registrations (pairs
 * of a registered need and a registered UMKM whose match score reaches
 * {@code simitra.event.schedule.min-score}, plus every accepted meeting request), runs
 * {@link MeetingScheduler} and stores its meetings. Meetings the officer locked (or
 * moved), and meetings that already happened, stay where they are; the other planned
 * meetings are proposed anew.</li>
 * <li>A move is checked against {@link ScheduleRules} first: it never double-books
 * anybody. Moving onto a taken table swaps the two meetings (the slot/table constraint is
 * deferred for that). A moved meeting is locked.</li>
 * <li>Every change bumps the row's version (a stale form is 409) and is written to
 * event_audit with who did it.</li>
 * </ul>
 */
@Service
public class ScheduleService {

	private static final String GRID_MEETINGS = """
			select m.id, m.slot_id, s.starts_at, s.ends_at, m.table_number, m.need_id, n.title as need_title,
			       m.company_id, c.name as company_name, m.umkm_id, u.business_name, m.score, m.requested, m.locked,
			       m.status, m.version
			from event_meeting m
			join event_slot s on s.id = m.slot_id
			join need_summary n on n.id = m.need_id
			join company_summary c on c.id = m.company_id
			join umkm_listing u on u.id = m.umkm_id
			""";

	private final JdbcClient jdbc;

	private final EventAccess access;

	private final MatchingService matching;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	private final MeetingScheduler scheduler;

	private final double minScore;

	ScheduleService(JdbcClient jdbc, EventAccess access, MatchingService matching, ApplicationEventPublisher publisher,
			Clock clock, @Value("${simitra.event.schedule.min-score}") double minScore) {
		this.jdbc = jdbc;
		this.access = access;
		this.matching = matching;
		this.publisher = publisher;
		this.clock = clock;
		this.minScore = minScore;
		this.scheduler = new MeetingScheduler(SchedulerSettings.DEFAULT);
	}

	/** The grid of an event for one of its organisers (404 for anybody else). */
	@Transactional(readOnly = true)
	public ScheduleGrid grid(long eventId, SimitraUser user) {
		EventFacts event = this.access.organised(eventId, user);
		int tables = tableCount(eventId);
		List<GridMeeting> meetings = meetings(eventId);
		Map<Long, Map<Integer, GridMeeting>> bySlot = new HashMap<>();
		for (GridMeeting m : meetings) {
			bySlot.computeIfAbsent(m.slotId(), k -> new HashMap<>()).put(m.table(), m);
		}
		List<SlotRow> rows = new ArrayList<>();
		for (SlotInfo slot : slots(eventId)) {
			Map<Integer, GridMeeting> at = bySlot.getOrDefault(slot.id(), Map.of());
			int width = Math.max(tables, at.keySet().stream().mapToInt(Integer::intValue).max().orElse(0));
			List<@Nullable GridMeeting> cells = new ArrayList<>();
			for (int table = 1; table <= width; table++) {
				cells.add(at.get(table));
			}
			rows.add(new SlotRow(slot.id(), slot.session(), slot.startsAt(), slot.endsAt(), cells));
		}
		int approvedUmkm = this.jdbc.sql("""
				select count(*) from event_registration
				where event_id = :e and umkm_id is not null and status = 'APPROVED'""")
			.param("e", eventId)
			.query(Integer.class)
			.single();
		int withMeeting = (int) meetings.stream().map(GridMeeting::umkmId).distinct().count();
		int waiting = this.jdbc.sql("""
				select count(*) from event_meeting_request r
				where r.event_id = :e and r.status = 'ACCEPTED'
				  and not exists (select 1 from event_meeting m
				                  where m.event_id = r.event_id and m.need_id = r.need_id and m.umkm_id = r.umkm_id)""")
			.param("e", eventId)
			.query(Integer.class)
			.single();
		int late = this.jdbc
			.sql("""
					select count(*) from event_registration r
					where r.event_id = :e and r.status = 'APPROVED' and r.late
					  and not exists (select 1 from event_meeting m
					                  where m.event_id = r.event_id and (m.umkm_id = r.umkm_id or m.company_id = r.company_id))""")
			.param("e", eventId)
			.query(Integer.class)
			.single();
		return new ScheduleGrid(event, tables, rows, meetings.size(), approvedUmkm, withMeeting, waiting, late);
	}

	/** One meeting of the event, for the organisers' move form. */
	@Transactional(readOnly = true)
	public GridMeeting meeting(long eventId, long meetingId, SimitraUser user) {
		this.access.organised(eventId, user);
		return gridMeeting(eventId, meetingId);
	}

	/** The slots of the event in time order, for the move form. */
	@Transactional(readOnly = true)
	public List<SlotInfo> slots(long eventId, SimitraUser user) {
		this.access.organised(eventId, user);
		return slots(eventId);
	}

	/**
	 * Builds the whole schedule anew ("Susun jadwal"): allowed until it is published.
	 * Locked meetings and meetings that already happened stay.
	 * @param expectedVersion the event's version the page showed
	 */
	@Transactional
	public RunResult run(long eventId, SimitraUser user, long expectedVersion) {
		EventFacts event = this.access.organised(eventId, user);
		if (!"PUBLISHED".equals(event.status())) {
			throw new ConflictException("event " + eventId + " is " + event.status() + ": no new schedule");
		}
		bumpEvent(eventId, expectedVersion);
		this.jdbc.sql("""
				delete from event_meeting
				where event_id = :e and not locked and status = 'PLANNED'
				  and company_outcome is null and umkm_outcome is null""").param("e", eventId).update();
		RunResult result = solveAndStore(event, false);
		audit(eventId, user, "SCHEDULE_RUN", describe(result));
		return result;
	}

	/**
	 * Places what is not scheduled yet (late registrations, requests accepted late) into
	 * free cells of slots that have not started, every existing meeting kept where it is.
	 * @param expectedVersion the event's version the page showed
	 */
	@Transactional
	public RunResult placeLate(long eventId, SimitraUser user, long expectedVersion) {
		EventFacts event = this.access.organised(eventId, user);
		if (!"PUBLISHED".equals(event.status()) && !"SCHEDULED".equals(event.status())) {
			throw new ConflictException("event " + eventId + " is " + event.status() + ": nothing to place");
		}
		bumpEvent(eventId, expectedVersion);
		RunResult result = solveAndStore(event, true);
		audit(eventId, user, "SCHEDULE_LATE", describe(result));
		return result;
	}

	/**
	 * Moves a meeting to another slot and table, or swaps it with the meeting there. The
	 * meeting is locked afterwards: the officer placed it.
	 * @throws MoveRefusedException when the move would break a rule (nothing changes)
	 */
	@Transactional
	public void move(long eventId, long meetingId, SimitraUser user, long slotId, int table, long expectedVersion) {
		EventFacts event = this.access.organised(eventId, user);
		if (!changeable(event)) {
			throw new ConflictException("event " + eventId + " is " + event.status());
		}
		GridMeeting meeting = gridMeeting(eventId, meetingId);
		if (meeting.version() != expectedVersion) {
			throw new ConflictException("meeting " + meetingId + " changed since version " + expectedVersion);
		}
		if (slots(eventId).stream().noneMatch(s -> s.id() == slotId)) {
			throw new MoveRefusedException(ScheduleRules.Rule.NO_SUCH_TABLE);
		}
		if (meeting.slotId() == slotId && meeting.table() == table) {
			return;
		}
		List<StoredMeeting> stored = storedMeetings(eventId);
		ScheduleProblem problem = problem(event, stored, false);
		List<ScheduledMeeting> current = stored.stream().map(StoredMeeting::placed).toList();
		ScheduledMeeting moving = stored.stream()
			.filter(m -> m.id() == meetingId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("meeting " + meetingId))
			.placed();
		Optional<StoredMeeting> there = stored.stream()
			.filter(m -> m.slotId() == slotId && m.table() == table)
			.findFirst();
		ScheduleRules rules = new ScheduleRules(problem);
		Optional<ScheduleRules.Rule> refused = there.isPresent()
				? rules.checkSwap(current, moving, there.get().placed())
				: rules.checkMove(current, moving, slotId, table);
		if (refused.isPresent()) {
			throw new MoveRefusedException(refused.get());
		}
		updatePlace(meetingId, slotId, table, expectedVersion);
		String detail = "meeting " + meetingId + " to slot " + slotId + " table " + table;
		if (there.isPresent()) {
			StoredMeeting other = there.get();
			updatePlace(other.id(), meeting.slotId(), meeting.table(), other.version());
			detail += ", swapped with meeting " + other.id();
		}
		audit(eventId, user, "MEETING_MOVED", detail);
	}

	/** Locks a meeting in place (re-running keeps it) or unlocks it. */
	@Transactional
	public void lock(long eventId, long meetingId, SimitraUser user, boolean locked, long expectedVersion) {
		this.access.organised(eventId, user);
		gridMeeting(eventId, meetingId);
		int updated = this.jdbc.sql("""
				update event_meeting set locked = :locked, updated_at = :now, version = version + 1
				where id = :id and event_id = :e and version = :version""")
			.param("locked", locked)
			.param("now", now())
			.param("id", meetingId)
			.param("e", eventId)
			.param("version", expectedVersion)
			.update();
		if (updated == 0) {
			throw new ConflictException("meeting " + meetingId + " changed since version " + expectedVersion);
		}
		audit(eventId, user, locked ? "MEETING_LOCKED" : "MEETING_UNLOCKED", "meeting " + meetingId);
	}

	/**
	 * Publishes the schedule: the event becomes SCHEDULED and every participant is told
	 * (SchedulePublished, notified after this transaction).
	 */
	@Transactional
	public void publish(long eventId, SimitraUser user, long expectedVersion) {
		EventFacts event = this.access.organised(eventId, user);
		if (!"PUBLISHED".equals(event.status())) {
			throw new ConflictException("event " + eventId + " is " + event.status() + ": nothing to publish");
		}
		int updated = this.jdbc.sql("""
				update event set status = 'SCHEDULED', schedule_published_at = :now, updated_at = :now,
				                 version = version + 1
				where id = :id and version = :version and status = 'PUBLISHED'""")
			.param("now", now())
			.param("id", eventId)
			.param("version", expectedVersion)
			.update();
		if (updated == 0) {
			throw new ConflictException("event " + eventId + " changed since version " + expectedVersion);
		}
		List<Long> companies = this.jdbc.sql("""
				select company_id from event_registration where event_id = :e and company_id is not null
				  and status = 'APPROVED'
				union select company_id from event_meeting where event_id = :e order by 1""")
			.param("e", eventId)
			.query(Long.class)
			.list();
		List<Long> umkm = this.jdbc.sql("""
				select umkm_id from event_registration where event_id = :e and umkm_id is not null
				  and status = 'APPROVED'
				union select umkm_id from event_meeting where event_id = :e order by 1""")
			.param("e", eventId)
			.query(Long.class)
			.list();
		audit(eventId, user, "SCHEDULE_PUBLISHED", companies.size() + " companies, " + umkm.size() + " UMKM");
		this.publisher.publishEvent(new SchedulePublished(eventId, event.name(), companies, umkm));
	}

	private static boolean changeable(EventFacts event) {
		return "PUBLISHED".equals(event.status()) || "SCHEDULED".equals(event.status());
	}

	private RunResult solveAndStore(EventFacts event, boolean lateOnly) {
		List<StoredMeeting> stored = storedMeetings(event.id());
		ScheduleProblem problem = problem(event, stored, lateOnly);
		Set<List<Long>> existing = stored.stream()
			.map(m -> List.of(m.needId(), m.umkmId()))
			.collect(Collectors.toSet());
		if (problem.candidates().stream().noneMatch(c -> !existing.contains(List.of(c.needId(), c.umkmId())))) {
			Schedule unchanged = Schedule.of(problem, problem.locked());
			return new RunResult(0, unchanged.umkmWithMeeting(), unchanged.umkmWithFittingNeed(),
					unchanged.unscheduledRequests().size());
		}
		Schedule schedule = this.scheduler.schedule(problem);
		Map<List<Long>, ScheduleProblem.Candidate> candidates = problem.candidates()
			.stream()
			.collect(Collectors.toMap(c -> List.of(c.needId(), c.umkmId()), c -> c));
		Map<Long, Long> companyOfNeed = problem.needs()
			.stream()
			.collect(Collectors.toMap(ScheduleProblem.Need::id, ScheduleProblem.Need::companyId));
		int added = 0;
		OffsetDateTime now = now();
		for (ScheduledMeeting meeting : schedule.meetings()) {
			List<Long> pair = List.of(meeting.needId(), meeting.umkmId());
			if (existing.contains(pair)) {
				continue;
			}
			ScheduleProblem.Candidate candidate = candidates.get(pair);
			this.jdbc.sql("""
					insert into event_meeting (event_id, need_id, company_id, umkm_id, slot_id, table_number, score,
					                           requested, created_at, updated_at)
					values (:e, :need, :company, :umkm, :slot, :table, :score, :requested, :now, :now)""")
				.param("e", event.id())
				.param("need", meeting.needId())
				.param("company", companyOfNeed.get(meeting.needId()))
				.param("umkm", meeting.umkmId())
				.param("slot", meeting.slotId())
				.param("table", meeting.table())
				.param("score", candidate == null ? BigDecimal.ZERO : BigDecimal.valueOf(candidate.score()))
				.param("requested", candidate != null && candidate.requested())
				.param("now", now)
				.update();
			added++;
		}
		return new RunResult(added, schedule.umkmWithMeeting(), schedule.umkmWithFittingNeed(),
				schedule.unscheduledRequests().size());
	}

	/**
	 * The day as the solver sees it. Every stored meeting is fixed (the full run deleted
	 * the ones to propose anew); its need, company and UMKM are in the problem even when
	 * their registration is gone, so that the rules see them. With {@code lateOnly},
	 * slots that have started have no free table.
	 */
	ScheduleProblem problem(EventFacts event, List<StoredMeeting> stored, boolean lateOnly) {
		long eventId = event.id();
		int tables = tableCount(eventId);
		int maxPerUmkm = this.jdbc.sql("select max_meetings_per_umkm from event where id = :e")
			.param("e", eventId)
			.query(Integer.class)
			.single();
		Instant now = this.clock.instant();
		List<ScheduleProblem.Slot> slots = slots(eventId).stream().map(s -> {
			boolean started = !now.isBefore(event.eventDate().atTime(s.startsAt()).atZone(event.zone()).toInstant());
			return new ScheduleProblem.Slot(s.id(), s.sessionId(), lateOnly && started ? 0 : tables);
		}).toList();
		Set<Long> sessions = new HashSet<>(this.jdbc.sql("select id from event_session where event_id = :e")
			.param("e", eventId)
			.query(Long.class)
			.list());
		List<Registration> registrations = this.jdbc.sql("""
				select r.id, r.company_id, r.umkm_id, r.parallel_tables,
				       coalesce(array_agg(rs.session_id) filter (where rs.session_id is not null), '{}') as sessions
				from event_registration r
				left join event_registration_session rs on rs.registration_id = r.id
				where r.event_id = :e and r.status = 'APPROVED'
				group by r.id order by r.id""")
			.param("e", eventId)
			.query((rs, i) -> new Registration(rs.getLong("id"), rs.getObject("company_id", Long.class),
					rs.getObject("umkm_id", Long.class), rs.getInt("parallel_tables"),
					Set.of((Long[]) rs.getArray("sessions").getArray())))
			.list();
		Map<Long, ScheduleProblem.Company> companies = new LinkedHashMap<>();
		Map<Long, ScheduleProblem.Umkm> umkm = new LinkedHashMap<>();
		for (Registration r : registrations) {
			Set<Long> away = new HashSet<>(sessions);
			away.removeAll(r.sessions());
			if (r.companyId() != null) {
				companies.put(r.companyId(), new ScheduleProblem.Company(r.companyId(), r.parallelTables(), away));
			}
			else if (r.umkmId() != null) {
				umkm.put(r.umkmId(), new ScheduleProblem.Umkm(r.umkmId(), away));
			}
		}
		Map<Long, Long> needs = new LinkedHashMap<>();
		this.jdbc.sql("""
				select rn.need_id, r.company_id from event_registration_need rn
				join event_registration r on r.id = rn.registration_id
				where r.event_id = :e and r.status = 'APPROVED' and r.company_id is not null
				order by rn.need_id""")
			.param("e", eventId)
			.query((rs, i) -> needs.put(rs.getLong("need_id"), rs.getLong("company_id")))
			.list();
		Set<List<Long>> accepted = new HashSet<>(this.jdbc.sql("""
				select need_id, umkm_id from event_meeting_request where event_id = :e and status = 'ACCEPTED'""")
			.param("e", eventId)
			.query((rs, i) -> List.of(rs.getLong("need_id"), rs.getLong("umkm_id")))
			.list());
		List<ScheduleProblem.Candidate> candidates = new ArrayList<>();
		if (!umkm.isEmpty()) {
			for (Long needId : needs.keySet()) {
				Map<Long, Candidate> scored = this.matching.scoreFor(needId, umkm.keySet());
				for (Long umkmId : umkm.keySet()) {
					Candidate c = scored.get(umkmId);
					double score = c == null ? 0 : c.score();
					boolean requested = accepted.contains(List.of(needId, umkmId));
					boolean fits = c != null && !c.excluded() && score >= this.minScore;
					if (requested || fits) {
						candidates.add(new ScheduleProblem.Candidate(needId, umkmId,
								(int) Math.round(Math.max(0, Math.min(100, score))), requested));
					}
				}
			}
		}
		for (StoredMeeting m : stored) {
			companies.putIfAbsent(m.companyId(), new ScheduleProblem.Company(m.companyId(), 1, Set.of()));
			umkm.putIfAbsent(m.umkmId(), new ScheduleProblem.Umkm(m.umkmId(), Set.of()));
			needs.putIfAbsent(m.needId(), m.companyId());
		}
		List<ScheduleProblem.Need> needList = needs.entrySet()
			.stream()
			.map(e -> new ScheduleProblem.Need(e.getKey(), e.getValue()))
			.toList();
		return new ScheduleProblem(slots, List.copyOf(companies.values()), needList, List.copyOf(umkm.values()),
				candidates, stored.stream().map(StoredMeeting::placed).toList(), maxPerUmkm);
	}

	private List<StoredMeeting> storedMeetings(long eventId) {
		return this.jdbc.sql("""
				select id, need_id, company_id, umkm_id, slot_id, table_number, version
				from event_meeting where event_id = :e and status <> 'CANCELLED' order by id""")
			.param("e", eventId)
			.query((rs, i) -> new StoredMeeting(rs.getLong("id"), rs.getLong("need_id"), rs.getLong("company_id"),
					rs.getLong("umkm_id"), rs.getLong("slot_id"), rs.getInt("table_number"), rs.getLong("version")))
			.list();
	}

	private void updatePlace(long meetingId, long slotId, int table, long expectedVersion) {
		int updated = this.jdbc.sql("""
				update event_meeting set slot_id = :slot, table_number = :table, locked = true, updated_at = :now,
				                         version = version + 1
				where id = :id and version = :version""")
			.param("slot", slotId)
			.param("table", table)
			.param("now", now())
			.param("id", meetingId)
			.param("version", expectedVersion)
			.update();
		if (updated == 0) {
			throw new ConflictException("meeting " + meetingId + " changed since version " + expectedVersion);
		}
	}

	private void bumpEvent(long eventId, long expectedVersion) {
		int updated = this.jdbc.sql("""
				update event set version = version + 1, updated_at = :now where id = :id and version = :version""")
			.param("now", now())
			.param("id", eventId)
			.param("version", expectedVersion)
			.update();
		if (updated == 0) {
			throw new ConflictException("event " + eventId + " changed since version " + expectedVersion);
		}
	}

	private List<GridMeeting> meetings(long eventId) {
		return this.jdbc
			.sql(GRID_MEETINGS
					+ " where m.event_id = :e and m.status <> 'CANCELLED' order by s.starts_at, m.table_number")
			.param("e", eventId)
			.query((rs, i) -> new GridMeeting(rs.getLong("id"), rs.getLong("slot_id"),
					rs.getObject("starts_at", LocalTime.class), rs.getObject("ends_at", LocalTime.class),
					rs.getInt("table_number"), rs.getLong("need_id"), rs.getString("need_title"),
					rs.getLong("company_id"), rs.getString("company_name"), rs.getLong("umkm_id"),
					rs.getString("business_name"), rs.getBigDecimal("score"), rs.getBoolean("requested"),
					rs.getBoolean("locked"), rs.getString("status"), rs.getLong("version")))
			.list();
	}

	private GridMeeting gridMeeting(long eventId, long meetingId) {
		return this.jdbc.sql(GRID_MEETINGS + " where m.event_id = :e and m.id = :id and m.status <> 'CANCELLED'")
			.param("e", eventId)
			.param("id", meetingId)
			.query((rs, i) -> new GridMeeting(rs.getLong("id"), rs.getLong("slot_id"),
					rs.getObject("starts_at", LocalTime.class), rs.getObject("ends_at", LocalTime.class),
					rs.getInt("table_number"), rs.getLong("need_id"), rs.getString("need_title"),
					rs.getLong("company_id"), rs.getString("company_name"), rs.getLong("umkm_id"),
					rs.getString("business_name"), rs.getBigDecimal("score"), rs.getBoolean("requested"),
					rs.getBoolean("locked"), rs.getString("status"), rs.getLong("version")))
			.optional()
			.orElseThrow(() -> new NotFoundException("meeting " + meetingId + " of event " + eventId));
	}

	private List<SlotInfo> slots(long eventId) {
		return this.jdbc.sql("""
				select sl.id, sl.session_id, s.position as session, sl.starts_at, sl.ends_at
				from event_slot sl join event_session s on s.id = sl.session_id
				where s.event_id = :e order by sl.starts_at, s.position, sl.position""")
			.param("e", eventId)
			.query((rs, i) -> new SlotInfo(rs.getLong("id"), rs.getLong("session_id"), rs.getInt("session"),
					rs.getObject("starts_at", LocalTime.class), rs.getObject("ends_at", LocalTime.class)))
			.list();
	}

	private int tableCount(long eventId) {
		return this.jdbc.sql("select table_count from event where id = :e")
			.param("e", eventId)
			.query(Integer.class)
			.single();
	}

	private void audit(long eventId, SimitraUser user, String action, String detail) {
		this.jdbc.sql("""
				insert into event_audit (event_id, actor_id, action, detail, occurred_at)
				values (:event, :actor, :action, :detail, :now)""")
			.param("event", eventId)
			.param("actor", user.accountId())
			.param("action", action)
			.param("detail", detail)
			.param("now", now())
			.update();
	}

	private static String describe(RunResult result) {
		return result.added() + " meetings added; UMKM with a meeting " + result.umkmWithMeeting() + " of "
				+ result.umkmWithFittingNeed() + "; accepted requests left out " + result.requestsLeftOut();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	/** A slot of the event, with its session. */
	public record SlotInfo(long id, long sessionId, int session, LocalTime startsAt, LocalTime endsAt) {
	}

	record StoredMeeting(long id, long needId, long companyId, long umkmId, long slotId, int table, long version) {

		ScheduledMeeting placed() {
			return new ScheduledMeeting(this.needId, this.umkmId, this.slotId, this.table);
		}

	}

	private record Registration(long id, @Nullable Long companyId, @Nullable Long umkmId, int parallelTables,
			Set<Long> sessions) {
	}

}
