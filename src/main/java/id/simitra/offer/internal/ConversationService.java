package id.simitra.offer.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import id.simitra.company.CompanyService;
import id.simitra.company.CompanyView;
import id.simitra.offer.MessagePosted;
import id.simitra.platform.NotFoundException;
import id.simitra.platform.PageView;
import id.simitra.umkm.UmkmService;
import id.simitra.umkm.UmkmView;

/**
 * Conversations between a company and an UMKM about one need. Only the two parties read
 * and write; officers of the UMKM's province ({@link OfficerScope}) may read for
 * supervision; to everyone else a conversation does not exist. Contact details stay
 * hidden until both parties pressed "agree to share contacts", so neither side can be
 * approached outside the portal before it wants to be.
 */
@Service
public class ConversationService {

	static final int PAGE_SIZE = 20;

	private final JdbcClient jdbc;

	private final UmkmService umkms;

	private final CompanyService companies;

	private final Clock clock;

	private final OfficerScope officers;

	/** A new message is told to the other party by the notification module. */
	private final ApplicationEventPublisher events;

	ConversationService(JdbcClient jdbc, UmkmService umkms, CompanyService companies, Clock clock,
			OfficerScope officers, ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.umkms = umkms;
		this.companies = companies;
		this.clock = clock;
		this.officers = officers;
	}

	/**
	 * Opens the conversation of a need and an UMKM, or finds the one already open; its id
	 * either way.
	 */
	@Transactional
	public Long open(Long needId, Long umkmId, Long companyId) {
		jdbc.sql("""
				insert into conversation (need_id, umkm_id, company_id) values (:need, :umkm, :company)
				on conflict (need_id, umkm_id) do nothing
				""").param("need", needId).param("umkm", umkmId).param("company", companyId).update();
		return idFor(needId, umkmId).orElseThrow();
	}

	@Transactional(readOnly = true)
	public Optional<Long> idFor(Long needId, Long umkmId) {
		return jdbc.sql("select id from conversation where need_id = :need and umkm_id = :umkm")
			.param("need", needId)
			.param("umkm", umkmId)
			.query(Long.class)
			.optional();
	}

	/** Conversation ids of a need by UMKM, for the company's comparison page. */
	@Transactional(readOnly = true)
	Map<Long, Long> idsForNeed(Long needId) {
		return jdbc.sql("select umkm_id, id from conversation where need_id = :need")
			.param("need", needId)
			.query((ResultSet rs) -> {
				Map<Long, Long> ids = new java.util.HashMap<>();
				while (rs.next()) {
					ids.put(rs.getLong(1), rs.getLong(2));
				}
				return ids;
			});
	}

	/**
	 * One page of the conversation, oldest message first; without a page number the last
	 * page, where the newest messages are. 404 when it does not exist, and for anyone but
	 * the two parties and the officers of the UMKM's province.
	 */
	@Transactional(readOnly = true)
	public ThreadView read(SimitraUser viewer, Long id, @Nullable Integer page) {
		ThreadFacts t = find(id);
		UmkmView umkm = umkms.get(t.umkmId());
		CompanyView company = companies.get(t.companyId());
		ConversationSide side = sideOf(viewer, umkm, company);
		if (side == null && !officers.covers(viewer, umkm.regencyCode())) {
			throw new NotFoundException("Conversation " + id + " for account " + viewer.accountId());
		}
		long total = jdbc.sql("select count(*) from conversation_message where conversation_id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int number = page == null ? pages - 1 : Math.min(Math.max(page, 0), pages - 1);
		PageRequest request = PageRequest.of(number, PAGE_SIZE);
		List<ThreadView.MessageView> messages = jdbc.sql("""
				select m.id, m.author_id, m.author_side, m.body, m.created_at, p.display_name
				from conversation_message m left join account_person p on p.id = m.author_id
				where m.conversation_id = :id order by m.created_at, m.id limit :limit offset :offset
				""")
			.param("id", id)
			.param("limit", request.getPageSize())
			.param("offset", request.getOffset())
			.query((rs, n) -> {
				ConversationSide author = ConversationSide.valueOf(rs.getString("author_side"));
				return new ThreadView.MessageView(rs.getLong("id"), author,
						author == ConversationSide.UMKM ? umkm.businessName()
								: memberOf(company.name(), rs.getString("display_name")),
						rs.getString("body"), requiredInstant(rs, "created_at"), author == side);
			})
			.list();
		boolean both = t.umkmAgreedAt() != null && t.companyAgreedAt() != null;
		ThreadView.Contacts contacts = both ? new ThreadView.Contacts(umkm.ownerName(), umkm.phone(), umkm.address(),
				umkm.regencyName(), company.address(), company.regencyName()) : null;
		return new ThreadView(id, t.needId(), t.needTitle(), umkm.id(), umkm.businessName(), company.name(), side,
				t.umkmAgreedAt() != null, t.companyAgreedAt() != null, contacts,
				PageView.of(new PageImpl<>(messages, request, total)));
	}

	/**
	 * A plain-text message from one of the two parties (the template escapes it when
	 * shown).
	 */
	@Transactional
	public void post(SimitraUser viewer, Long id, String body) {
		ThreadFacts t = find(id);
		ConversationSide side = requireParty(viewer, t);
		OffsetDateTime now = now();
		jdbc.sql("""
				insert into conversation_message (conversation_id, author_id, author_side, body, created_at)
				values (:id, :author, :side, :body, :now)
				""")
			.param("id", id)
			.param("author", viewer.accountId())
			.param("side", side.name())
			.param("body", body.strip())
			.param("now", now)
			.update();
		jdbc.sql("update conversation set last_message_at = :now where id = :id")
			.param("now", now)
			.param("id", id)
			.update();
		boolean byUmkm = side == ConversationSide.UMKM;
		String author = byUmkm ? umkms.names(List.of(t.umkmId())).get(t.umkmId())
				: companies.names(List.of(t.companyId())).get(t.companyId());
		events.publishEvent(new MessagePosted(id, t.needId(), t.needTitle(), t.umkmId(), t.companyId(),
				byUmkm ? Role.UMKM : Role.COMPANY, viewer.accountId(), author == null ? "" : author));
	}

	/**
	 * This side agrees to show its contact details; they appear once the other side
	 * agreed too. Repeating is harmless.
	 */
	@Transactional
	public void agreeToShareContacts(SimitraUser viewer, Long id) {
		ThreadFacts t = find(id);
		String column = requireParty(viewer, t) == ConversationSide.UMKM ? "umkm_agreed_at" : "company_agreed_at";
		jdbc.sql("update conversation set " + column + " = coalesce(" + column + ", :now) where id = :id")
			.param("now", now())
			.param("id", id)
			.update();
	}

	/**
	 * The conversations of the viewer's UMKM or company, the most recently active first.
	 */
	@Transactional(readOnly = true)
	public PageView<ThreadRow> listFor(SimitraUser viewer, int page) {
		String column;
		Long partyId;
		if (viewer.is(Role.UMKM)) {
			column = "t.umkm_id";
			partyId = umkms.findIdByOwner(viewer.accountId()).orElse(null);
		}
		else if (viewer.is(Role.COMPANY)) {
			column = "t.company_id";
			partyId = companies.findByMember(viewer.accountId()).map(CompanyView::id).orElse(null);
		}
		else {
			throw new AccessDeniedException("Only UMKM and companies have conversations");
		}
		PageRequest request = PageRequest.of(Math.max(page, 0), 20);
		if (partyId == null) {
			return PageView.of(new PageImpl<>(List.of(), request, 0));
		}
		long total = jdbc.sql("select count(*) from conversation t where " + column + " = :party")
			.param("party", partyId)
			.query(Long.class)
			.single();
		List<ListRow> rows = jdbc.sql("""
				select t.id, t.need_id, n.title, t.umkm_id, t.company_id, t.last_message_at, t.created_at,
				       t.umkm_agreed_at is not null and t.company_agreed_at is not null as shared
				from conversation t join need_summary n on n.id = t.need_id
				where %s = :party
				order by coalesce(t.last_message_at, t.created_at) desc, t.id desc limit :limit offset :offset
				""".formatted(column))
			.param("party", partyId)
			.param("limit", request.getPageSize())
			.param("offset", request.getOffset())
			.query((rs, n) -> new ListRow(rs.getLong("id"), rs.getLong("need_id"), rs.getString("title"),
					rs.getLong("umkm_id"), rs.getLong("company_id"), instant(rs, "last_message_at"),
					requiredInstant(rs, "created_at"), rs.getBoolean("shared")))
			.list();
		boolean umkmViewer = viewer.is(Role.UMKM);
		Map<Long, String> names = umkmViewer ? companies.names(rows.stream().map(ListRow::companyId).toList())
				: umkms.names(rows.stream().map(ListRow::umkmId).toList());
		List<ThreadRow> items = rows.stream()
			.map(r -> new ThreadRow(r.id(), r.needId(), r.needTitle(),
					names.get(umkmViewer ? r.companyId() : r.umkmId()), r.lastMessageAt(), r.createdAt(), r.shared()))
			.toList();
		return PageView.of(new PageImpl<>(items, request, total));
	}

	/**
	 * The writer's side: 404 for those who may not even read it, 403 for the officers who
	 * may.
	 */
	private ConversationSide requireParty(SimitraUser viewer, ThreadFacts t) {
		UmkmView umkm = umkms.get(t.umkmId());
		ConversationSide side = sideOf(viewer, umkm, companies.get(t.companyId()));
		if (side == null && !officers.covers(viewer, umkm.regencyCode())) {
			throw new NotFoundException("Conversation " + t.id() + " for account " + viewer.accountId());
		}
		if (side == null) {
			throw new AccessDeniedException("Only the two parties write in conversation " + t.id());
		}
		return side;
	}

	private @Nullable ConversationSide sideOf(SimitraUser viewer, UmkmView umkm, CompanyView company) {
		if (viewer.is(Role.UMKM) && umkm.ownerId().equals(viewer.accountId())) {
			return ConversationSide.UMKM;
		}
		// Any member of the company speaks for it (issue 13); each message names who
		// wrote it.
		if (viewer.is(Role.COMPANY) && companies.isMember(company.id(), viewer.accountId())) {
			return ConversationSide.COMPANY;
		}
		return null;
	}

	/**
	 * "PT Kopi Ekspor · Budi Santoso": the company speaks, and the page shows which
	 * member wrote.
	 */
	private static String memberOf(String companyName, @Nullable String memberName) {
		return memberName == null ? companyName : companyName + " · " + memberName;
	}

	private ThreadFacts find(Long id) {
		return jdbc.sql("""
				select t.id, t.need_id, n.title, t.umkm_id, t.company_id, t.umkm_agreed_at, t.company_agreed_at
				from conversation t join need_summary n on n.id = t.need_id where t.id = :id
				""")
			.param("id", id)
			.query((rs, n) -> new ThreadFacts(rs.getLong("id"), rs.getLong("need_id"), rs.getString("title"),
					rs.getLong("umkm_id"), rs.getLong("company_id"), instant(rs, "umkm_agreed_at"),
					instant(rs, "company_agreed_at")))
			.optional()
			.orElseThrow(() -> new NotFoundException("Conversation " + id));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(Instant.now(clock), clock.getZone());
	}

	/** For a NOT NULL timestamp column. */
	public static Instant requiredInstant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	public static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private record ThreadFacts(Long id, Long needId, String needTitle, Long umkmId, Long companyId,
			@Nullable Instant umkmAgreedAt, @Nullable Instant companyAgreedAt) {
	}

	private record ListRow(Long id, Long needId, String needTitle, Long umkmId, Long companyId,
			@Nullable Instant lastMessageAt, Instant createdAt, boolean shared) {
	}

}
