package id.simitra.shortlist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.platform.NotFoundException;
import id.simitra.platform.PageView;
import id.simitra.reference.RegionService;
import id.simitra.reference.SizeClass;
import id.simitra.shortlist.internal.Shortlist;
import id.simitra.shortlist.internal.ShortlistEntryView;
import id.simitra.shortlist.internal.ShortlistNameTakenException;
import id.simitra.shortlist.internal.ShortlistRepository;
import id.simitra.shortlist.internal.ShortlistView;
import id.simitra.shortlist.internal.TooManyShortlistsException;

/**
 * A company's shortlists of UMKM. A company sees and changes only its own lists (403
 * otherwise). Lists are JPA entities; entries are plain rows (a pair of ids and a date),
 * read together with the UMKM facts the page and the export show in one query, so a list
 * of any length costs one round trip.
 */
@Service
public class ShortlistService {

	/** Enough for any buying team; keeps the storefront's "save to list" picker short. */
	public static final int MAX_LISTS = 50;

	public static final int MAX_NAME_LENGTH = 100;

	static final int PAGE_SIZE = 50;

	private static final String ENTRY_SQL = """
			select u.id, u.business_name, u.regency_code, u.size_class, u.nib is not null,
			       (select string_agg(k.kbli_code, ',' order by k.kbli_code) from umkm_activity k where k.umkm_id = u.id),
			       (select count(*) from product_listing p where p.umkm_id = u.id),
			       e.added_at
			from shortlist_entry e join umkm_listing u on u.id = e.umkm_id
			where e.shortlist_id = :list
			""";

	private final ShortlistRepository lists;

	private final JdbcClient jdbc;

	private final RegionService regions;

	ShortlistService(ShortlistRepository lists, JdbcClient jdbc, RegionService regions) {
		this.lists = lists;
		this.jdbc = jdbc;
		this.regions = regions;
	}

	@Transactional(readOnly = true)
	public List<ShortlistView> listOf(Long companyId) {
		return jdbc.sql("""
				select s.id, s.company_id, s.name, s.created_at,
				       (select count(*) from shortlist_entry e where e.shortlist_id = s.id)
				from shortlist s where s.company_id = :company
				order by lower(s.name), s.id""")
			.param("company", companyId)
			.query((rs, n) -> new ShortlistView(rs.getLong(1), rs.getLong(2), rs.getString(3),
					rs.getTimestamp(4).toInstant(), rs.getLong(5)))
			.list();
	}

	/**
	 * The list, if it is this company's: 404 when it does not exist, 403 when it is
	 * another company's.
	 */
	@Transactional(readOnly = true)
	public ShortlistView getOwned(Long listId, Long companyId) {
		return view(owned(listId, companyId));
	}

	@Transactional
	public ShortlistView create(Long companyId, String name) {
		return view(newList(companyId, name.strip()));
	}

	@Transactional
	public ShortlistView rename(Long listId, Long companyId, String name) {
		Shortlist list = owned(listId, companyId);
		String clean = name.strip();
		Optional<Shortlist> same = lists.findByCompanyIdAndName(companyId, clean);
		if (same.isPresent() && !same.get().getId().equals(listId)) {
			throw new ShortlistNameTakenException(clean);
		}
		list.rename(clean);
		return view(save(list));
	}

	/**
	 * Deletes the list; its entries go with it (on delete cascade). The UMKM themselves
	 * are untouched.
	 */
	@Transactional
	public void delete(Long listId, Long companyId) {
		lists.delete(owned(listId, companyId));
	}

	/** Adds the UMKM to the list; adding one that is already there changes nothing. */
	@Transactional
	public ShortlistView add(Long listId, Long companyId, Long umkmId) {
		Shortlist list = owned(listId, companyId);
		insertEntry(list, umkmId);
		return view(list);
	}

	/**
	 * Adds the UMKM to the company's list of that name (ignoring case), creating the list
	 * if there is none.
	 */
	@Transactional
	public ShortlistView addToNamed(Long companyId, String name, Long umkmId) {
		// A list created here for an UMKM that does not exist goes away with the rollback
		// of the 404.
		String clean = name.strip();
		Shortlist list = lists.findByCompanyIdAndName(companyId, clean).orElseGet(() -> newList(companyId, clean));
		insertEntry(list, umkmId);
		return view(list);
	}

	@Transactional
	public void remove(Long listId, Long companyId, Long umkmId) {
		owned(listId, companyId);
		jdbc.sql("delete from shortlist_entry where shortlist_id = :list and umkm_id = :umkm")
			.param("list", listId)
			.param("umkm", umkmId)
			.update();
	}

	@Transactional(readOnly = true)
	public PageView<ShortlistEntryView> entries(Long listId, Long companyId, int page) {
		ShortlistView list = getOwned(listId, companyId);
		int number = Math.max(page, 0);
		List<ShortlistEntryView> items = jdbc
			.sql(ENTRY_SQL + " order by lower(u.business_name), u.id limit :limit offset :offset")
			.param("list", listId)
			.param("limit", PAGE_SIZE)
			.param("offset", (long) number * PAGE_SIZE)
			.query((rs, n) -> entry(rs))
			.list();
		return new PageView<>(items, number, (int) ((list.size() + PAGE_SIZE - 1) / PAGE_SIZE), list.size());
	}

	/** Every entry, for the CSV export. */
	@Transactional(readOnly = true)
	public List<ShortlistEntryView> allEntries(Long listId, Long companyId) {
		owned(listId, companyId);
		return jdbc.sql(ENTRY_SQL + " order by lower(u.business_name), u.id")
			.param("list", listId)
			.query((rs, n) -> entry(rs))
			.list();
	}

	/**
	 * One entry of the list, for the removal confirmation: 404 when the UMKM is not on
	 * it.
	 */
	@Transactional(readOnly = true)
	public ShortlistEntryView entry(Long listId, Long companyId, Long umkmId) {
		owned(listId, companyId);
		return jdbc.sql(ENTRY_SQL + " and e.umkm_id = :umkm")
			.param("list", listId)
			.param("umkm", umkmId)
			.query((rs, n) -> entry(rs))
			.optional()
			.orElseThrow(() -> new NotFoundException("UMKM " + umkmId + " on shortlist " + listId));
	}

	/** Names of this company's lists that hold the UMKM, for the storefront. */
	@Transactional(readOnly = true)
	public List<String> namesContaining(Long companyId, Long umkmId) {
		return jdbc.sql("""
				select s.name from shortlist s join shortlist_entry e on e.shortlist_id = s.id
				where s.company_id = :company and e.umkm_id = :umkm order by lower(s.name)""")
			.param("company", companyId)
			.param("umkm", umkmId)
			.query(String.class)
			.list();
	}

	private void insertEntry(Shortlist list, Long umkmId) {
		requireUmkm(umkmId);
		jdbc.sql("insert into shortlist_entry (shortlist_id, umkm_id) values (:list, :umkm) on conflict do nothing")
			.param("list", list.getId())
			.param("umkm", umkmId)
			.update();
	}

	private void requireUmkm(Long umkmId) {
		boolean exists = jdbc.sql("select exists (select 1 from umkm_listing where id = :id)")
			.param("id", umkmId)
			.query(Boolean.class)
			.single();
		if (!exists) {
			throw new NotFoundException("UMKM " + umkmId);
		}
	}

	private Shortlist newList(Long companyId, String name) {
		if (lists.countByCompanyId(companyId) >= MAX_LISTS) {
			throw new TooManyShortlistsException();
		}
		if (lists.findByCompanyIdAndName(companyId, name).isPresent()) {
			throw new ShortlistNameTakenException(name);
		}
		return save(new Shortlist(companyId, name));
	}

	private Shortlist save(Shortlist list) {
		try {
			return lists.saveAndFlush(list);
		}
		catch (DataIntegrityViolationException ex) {
			// Two tabs creating the same name at once: the unique index decides, the
			// person gets the same message.
			throw new ShortlistNameTakenException(list.getName());
		}
	}

	private Shortlist owned(Long listId, Long companyId) {
		Shortlist list = lists.findById(listId).orElseThrow(() -> new NotFoundException("Shortlist " + listId));
		if (!list.getCompanyId().equals(companyId)) {
			// Another company's shortlist is private: do not confirm it exists.
			throw new NotFoundException("Shortlist " + listId + " of another company");
		}
		return list;
	}

	private ShortlistView view(Shortlist list) {
		long size = jdbc.sql("select count(*) from shortlist_entry where shortlist_id = :list")
			.param("list", list.getId())
			.query(Long.class)
			.single();
		return new ShortlistView(list.getId(), list.getCompanyId(), list.getName(), list.getCreatedAt(), size);
	}

	private ShortlistEntryView entry(ResultSet rs) throws SQLException {
		String regencyCode = rs.getString(3);
		var regency = regions.regency(regencyCode);
		String kbli = rs.getString(6);
		return new ShortlistEntryView(rs.getLong(1), rs.getString(2),
				regency.map(RegionService.Regency::name).orElse(regencyCode),
				regency.map(RegionService.Regency::provinceName).orElse(""), SizeClass.valueOf(rs.getString(4)),
				kbli == null ? List.of() : Arrays.asList(kbli.split(",")), rs.getBoolean(5), rs.getLong(7),
				rs.getTimestamp(8).toInstant());
	}

}
