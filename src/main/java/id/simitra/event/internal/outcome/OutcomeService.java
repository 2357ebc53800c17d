package id.simitra.event.internal.outcome;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.account.SimitraUser;
import id.simitra.event.internal.EventAccess;
import id.simitra.event.internal.EventFacts;
import id.simitra.platform.ConflictException;
import id.simitra.platform.NotFoundException;

/**
 * Each side of a meeting records what came of it: the company (any of its members) and
 * the UMKM (its owner), each in its own columns of event_meeting. Rules (docs/event.md):
 * <ul>
 * <li>only the meeting's company or UMKM; anybody else is told there is no such meeting
 * (404);</li>
 * <li>not before the meeting's slot has started, on the portal's clock in the venue's
 * zone (409: nothing to say yet);</li>
 * <li>not for a cancelled or missed meeting (409);</li>
 * <li>editable later; the form carries the row's version, and a change made meanwhile by
 * either side makes a stale form a 409 rather than a silent overwrite;</li>
 * <li>every recording goes into event_audit.</li>
 * </ul>
 * Recording an outcome on a meeting still PLANNED marks it HELD: somebody says it took
 * place.
 */
@Service
public class OutcomeService {

	private static final String SELECT = """
			select m.id, m.event_id, e.name as event_name, e.event_date, e.time_zone, s.starts_at, s.ends_at,
			       m.table_number, m.need_id, n.title as need_title, m.company_id, c.name as company_name, m.umkm_id,
			       u.business_name, m.status, m.company_outcome, m.company_note, m.umkm_outcome, m.umkm_note, m.version,
			       exists (select 1 from offer_invitation_from_meeting i where i.event_meeting_id = m.id) as invited,
			       (select min(p.id) from partnership_summary p
			        where p.event_meeting_id = m.id and p.status <> 'DRAFT') as partnership_id
			from event_meeting m
			join event e on e.id = m.event_id
			join event_slot s on s.id = m.slot_id
			join need_summary n on n.id = m.need_id
			join company_summary c on c.id = m.company_id
			join umkm_listing u on u.id = m.umkm_id
			""";

	private final JdbcClient jdbc;

	private final EventAccess access;

	private final Clock clock;

	OutcomeService(JdbcClient jdbc, EventAccess access, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.clock = clock;
	}

	/** Which side of meetings this person is on: its company's or its UMKM's. */
	public Side sideOf(SimitraUser user) {
		if (this.access.companyOf(user).isPresent()) {
			return Side.COMPANY;
		}
		if (this.access.umkmOf(user).isPresent()) {
			return Side.UMKM;
		}
		throw new NotFoundException("no company or UMKM for account " + user.accountId());
	}

	/**
	 * The meetings of this person's company or UMKM at the event, in time order. 404 when
	 * the event is a draft or the person neither registered nor has a meeting there.
	 */
	@Transactional(readOnly = true)
	public List<MeetingView> meetingsOf(long eventId, SimitraUser user) {
		EventFacts event = this.access.visible(eventId, user);
		Side side = sideOf(user);
		long party = partyOf(user, side);
		List<MeetingView> meetings = this.jdbc
			.sql(SELECT + " where m.event_id = :event and m." + side.column() + "_id = :party"
					+ " order by s.starts_at, m.table_number")
			.param("event", eventId)
			.param("party", party)
			.query((rs, i) -> view(rs))
			.list();
		if (meetings.isEmpty() && this.access.registrationOf(event.id(), user).isEmpty()) {
			throw new NotFoundException("event " + eventId + " for account " + user.accountId());
		}
		return meetings;
	}

	/** One meeting of the event for one of its sides; 404 for anybody else. */
	@Transactional(readOnly = true)
	public MeetingView meeting(long eventId, long meetingId, SimitraUser user) {
		this.access.visible(eventId, user);
		Side side = sideOf(user);
		return this.jdbc
			.sql(SELECT + " where m.id = :meeting and m.event_id = :event and m." + side.column() + "_id = :party")
			.param("meeting", meetingId)
			.param("event", eventId)
			.param("party", partyOf(user, side))
			.query((rs, i) -> view(rs))
			.optional()
			.orElseThrow(() -> new NotFoundException("meeting " + meetingId + " of event " + eventId));
	}

	/**
	 * Records (or changes) this person's side of the outcome. {@code expectedVersion} is
	 * the version the form showed.
	 * @throws IllegalArgumentException for a choice that is not this side's (the form
	 * offers only those)
	 */
	@Transactional
	public void record(long eventId, long meetingId, SimitraUser user, MeetingOutcome outcome, @Nullable String note,
			long expectedVersion) {
		MeetingView meeting = meeting(eventId, meetingId, user);
		Side side = sideOf(user);
		if (!side.choices().contains(outcome)) {
			throw new IllegalArgumentException(outcome + " is not an outcome of the " + side + " side");
		}
		if (!meeting.open()) {
			throw new ConflictException("meeting " + meetingId + " is " + meeting.status());
		}
		if (!meeting.started()) {
			throw new ConflictException("meeting " + meetingId + " has not started yet");
		}
		OffsetDateTime now = OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		String c = side.column();
		int updated = this.jdbc
			.sql("update event_meeting set " + c + "_outcome = :outcome, " + c + "_note = :note, " + c
					+ "_noted_by = :account, " + c + "_noted_at = :now, "
					+ "held_at = case when status = 'PLANNED' then :now else held_at end, "
					+ "status = case when status = 'PLANNED' then 'HELD' else status end, "
					+ "updated_at = :now, version = version + 1 where id = :id and version = :version")
			.param("outcome", outcome.name())
			.param("note", note == null || note.isBlank() ? null : note.strip())
			.param("account", user.accountId())
			.param("now", now)
			.param("id", meetingId)
			.param("version", expectedVersion)
			.update();
		if (updated == 0) {
			throw new ConflictException("meeting " + meetingId + " changed since version " + expectedVersion);
		}
		this.jdbc.sql("""
				insert into event_audit (event_id, actor_id, action, detail, occurred_at)
				values (:event, :actor, :action, :detail, :now)
				""")
			.param("event", eventId)
			.param("actor", user.accountId())
			.param("action", "OUTCOME_" + side.name())
			.param("detail", "meeting " + meetingId + ": " + outcome.name())
			.param("now", now)
			.update();
	}

	private long partyOf(SimitraUser user, Side side) {
		return (side == Side.COMPANY ? this.access.companyOf(user) : this.access.umkmOf(user))
			.orElseThrow(() -> new NotFoundException("no " + side + " for account " + user.accountId()));
	}

	private MeetingView view(ResultSet rs) throws SQLException {
		LocalDate day = rs.getObject("event_date", LocalDate.class);
		ZoneId zone = ZoneId.of(rs.getString("time_zone"));
		LocalTime starts = rs.getObject("starts_at", LocalTime.class);
		Instant start = day.atTime(starts).atZone(zone).toInstant();
		Long partnership = rs.getObject("partnership_id", Long.class);
		return new MeetingView(rs.getLong("id"), rs.getLong("event_id"), rs.getString("event_name"), day, zone, starts,
				rs.getObject("ends_at", LocalTime.class), rs.getInt("table_number"), rs.getLong("need_id"),
				rs.getString("need_title"), rs.getLong("company_id"), rs.getString("company_name"),
				rs.getLong("umkm_id"), rs.getString("business_name"), rs.getString("status"),
				outcome(rs.getString("company_outcome")), rs.getString("company_note"),
				outcome(rs.getString("umkm_outcome")), rs.getString("umkm_note"), rs.getLong("version"),
				!this.clock.instant().isBefore(start), rs.getBoolean("invited"), partnership);
	}

	private static @Nullable MeetingOutcome outcome(@Nullable String value) {
		return value == null ? null : MeetingOutcome.valueOf(value);
	}

}
