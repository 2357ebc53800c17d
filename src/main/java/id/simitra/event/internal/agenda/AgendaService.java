package id.simitra.event.internal.agenda;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.account.SimitraUser;
import id.simitra.event.internal.EventAccess;
import id.simitra.platform.NotFoundException;

/**
 * Reads agendas (docs/event.md, "Agendas"): a participant's own (its company's members or
 * its UMKM's owner, through {@link EventAccess}; 404 for anybody who neither registered
 * nor has a meeting), every participant's and the table plan for the organisers.
 * Participants see their meetings once the schedule is published; the organisers see the
 * proposal before, to check it on paper.
 */
@Service
public class AgendaService {

	private static final String MEETINGS = """
			select m.id, s.starts_at, s.ends_at, m.table_number, m.status, m.company_id, m.umkm_id,
			       c.name as company_name, u.business_name, n.title as need_title
			from event_meeting m
			join event_slot s on s.id = m.slot_id
			join need_summary n on n.id = m.need_id
			join company_summary c on c.id = m.company_id
			join umkm_listing u on u.id = m.umkm_id
			where m.event_id = :e and m.status <> 'CANCELLED'
			""";

	private final JdbcClient jdbc;

	private final EventAccess access;

	AgendaService(JdbcClient jdbc, EventAccess access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	/** The agenda of this person's company or UMKM at the event. */
	@Transactional(readOnly = true)
	public Agenda agendaOf(long eventId, SimitraUser user) {
		this.access.visible(eventId, user);
		EventDetails event = details(eventId);
		Optional<Long> company = this.access.companyOf(user);
		Optional<Long> umkm = this.access.umkmOf(user);
		if (company.isEmpty() && umkm.isEmpty()) {
			throw new NotFoundException("no company or UMKM for account " + user.accountId());
		}
		boolean isCompany = company.isPresent();
		long party = isCompany ? company.get() : umkm.orElseThrow();
		List<Row> rows = this.jdbc
			.sql(MEETINGS + " and m." + (isCompany ? "company_id" : "umkm_id")
					+ " = :party order by s.starts_at, m.table_number")
			.param("e", eventId)
			.param("party", party)
			.query((rs, i) -> row(rs))
			.list();
		Optional<Long> registration = this.access.registrationOf(eventId, user);
		if (rows.isEmpty() && registration.isEmpty()) {
			throw new NotFoundException("event " + eventId + " for account " + user.accountId());
		}
		String token = registration.map(this::token).orElse(null);
		String name = isCompany ? companyName(party) : umkmName(party);
		List<AgendaItem> items = event.schedulePublished() ? rows.stream().map(r -> r.item(isCompany)).toList()
				: List.of();
		return new Agenda(event, name, isCompany, token, items);
	}

	/**
	 * Every participant's agenda, for the organisers: companies first, then UMKM, each by
	 * name; every approved registration, and whoever has a meeting.
	 */
	@Transactional(readOnly = true)
	public List<Agenda> allAgendas(long eventId, SimitraUser user) {
		this.access.organised(eventId, user);
		EventDetails event = details(eventId);
		List<Row> rows = this.jdbc.sql(MEETINGS + " order by s.starts_at, m.table_number")
			.param("e", eventId)
			.query((rs, i) -> row(rs))
			.list();
		Map<Long, Participant> companies = new LinkedHashMap<>();
		Map<Long, Participant> umkm = new LinkedHashMap<>();
		this.jdbc.sql("""
				select r.company_id, r.umkm_id, r.check_in_token, coalesce(c.name, u.business_name) as name
				from event_registration r
				left join company_summary c on c.id = r.company_id
				left join umkm_listing u on u.id = r.umkm_id
				where r.event_id = :e and r.status = 'APPROVED'""")
			.param("e", eventId)
			.query((rs, i) -> new Registered(rs.getObject("company_id", Long.class),
					rs.getObject("umkm_id", Long.class),
					new Participant(rs.getString("name"), rs.getString("check_in_token"))))
			.list()
			.forEach(r -> {
				if (r.companyId() != null) {
					companies.put(r.companyId(), r.participant());
				}
				else if (r.umkmId() != null) {
					umkm.put(r.umkmId(), r.participant());
				}
			});
		for (Row r : rows) {
			companies.computeIfAbsent(r.companyId(),
					id -> new Participant(r.companyName(), tokenOf(eventId, id, true)));
			umkm.computeIfAbsent(r.umkmId(), id -> new Participant(r.umkmName(), tokenOf(eventId, id, false)));
		}
		List<Agenda> agendas = new ArrayList<>();
		companies.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByValue((a, b) -> a.name().compareToIgnoreCase(b.name())))
			.forEach(e -> agendas.add(new Agenda(event, e.getValue().name(), true, e.getValue().token(),
					rows.stream().filter(r -> r.companyId() == e.getKey()).map(r -> r.item(true)).toList())));
		umkm.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByValue((a, b) -> a.name().compareToIgnoreCase(b.name())))
			.forEach(e -> agendas.add(new Agenda(event, e.getValue().name(), false, e.getValue().token(),
					rows.stream().filter(r -> r.umkmId() == e.getKey()).map(r -> r.item(false)).toList())));
		return agendas;
	}

	/** The meetings at each table in time order, tables in order, for the organisers. */
	@Transactional(readOnly = true)
	public List<TablePlan> tablePlan(long eventId, SimitraUser user) {
		this.access.organised(eventId, user);
		Map<Integer, List<AgendaItem>> tables = new LinkedHashMap<>();
		this.jdbc.sql(MEETINGS + " order by m.table_number, s.starts_at")
			.param("e", eventId)
			.query((rs, i) -> row(rs))
			.list()
			.forEach(r -> tables.computeIfAbsent(r.table(), t -> new ArrayList<>())
				.add(new AgendaItem(r.id(), r.startsAt(), r.endsAt(), r.table(), r.companyName(), r.umkmName(),
						r.needTitle(), r.status())));
		return tables.entrySet().stream().map(e -> new TablePlan(e.getKey(), e.getValue())).toList();
	}

	/** The event's name, venue, day and zone. */
	@Transactional(readOnly = true)
	public EventDetails details(long eventId) {
		return this.jdbc.sql("select id, name, venue, event_date, time_zone, status from event where id = :e")
			.param("e", eventId)
			.query((rs, i) -> new EventDetails(rs.getLong("id"), rs.getString("name"), rs.getString("venue"),
					rs.getObject("event_date", LocalDate.class), ZoneId.of(rs.getString("time_zone")),
					rs.getString("status")))
			.optional()
			.orElseThrow(() -> new NotFoundException("event " + eventId));
	}

	private String token(long registrationId) {
		return this.jdbc.sql("select check_in_token from event_registration where id = :id")
			.param("id", registrationId)
			.query(String.class)
			.single();
	}

	private @Nullable String tokenOf(long eventId, long party, boolean company) {
		return this.jdbc
			.sql("select check_in_token from event_registration where event_id = :e and "
					+ (company ? "company_id" : "umkm_id") + " = :p")
			.param("e", eventId)
			.param("p", party)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private String companyName(long companyId) {
		return this.jdbc.sql("select name from company_summary where id = :id")
			.param("id", companyId)
			.query(String.class)
			.optional()
			.orElse("");
	}

	private String umkmName(long umkmId) {
		return this.jdbc.sql("select business_name from umkm_listing where id = :id")
			.param("id", umkmId)
			.query(String.class)
			.optional()
			.orElse("");
	}

	private static Row row(ResultSet rs) throws SQLException {
		return new Row(rs.getLong("id"), rs.getObject("starts_at", LocalTime.class),
				rs.getObject("ends_at", LocalTime.class), rs.getInt("table_number"), rs.getString("status"),
				rs.getLong("company_id"), rs.getLong("umkm_id"), rs.getString("company_name"),
				rs.getString("business_name"), rs.getString("need_title"));
	}

	private record Row(long id, LocalTime startsAt, LocalTime endsAt, int table, String status, long companyId,
			long umkmId, String companyName, String umkmName, String needTitle) {

		AgendaItem item(boolean forCompany) {
			String partner = forCompany ? this.umkmName : this.companyName;
			return new AgendaItem(this.id, this.startsAt, this.endsAt, this.table, partner, partner, this.needTitle,
					this.status);
		}

	}

	private record Participant(String name, @Nullable String token) {
	}

	private record Registered(@Nullable Long companyId, @Nullable Long umkmId, Participant participant) {
	}

}
