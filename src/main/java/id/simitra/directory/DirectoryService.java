package id.simitra.directory;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.kbli.KbliService;
import id.simitra.region.RegionService;
import id.simitra.shared.PageView;
import id.simitra.shared.SizeClass;

/**
 * The public supplier directory: keyword search over UMKM names and descriptions and their products
 * (PostgreSQL full text, {@code indonesian} stemming, web-search syntax so any input is safe), with
 * regency and KBLI filters. Keyword hits are collected through the GIN indexes first, so a search does
 * not scan every UMKM.
 */
@Service
public class DirectoryService {

	static final int PAGE_SIZE = 20;

	private final JdbcClient jdbc;

	private final RegionService regions;

	private final KbliService kbli;

	DirectoryService(JdbcClient jdbc, RegionService regions, KbliService kbli) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.kbli = kbli;
	}

	@Transactional(readOnly = true)
	public PageView<DirectoryEntry> search(DirectoryQuery query) {
		String q = query.hasText() ? query.q().strip() : "";
		boolean hasText = !q.isEmpty();
		String regency = query.regency() != null && regions.isRegency(query.regency()) ? query.regency() : "";
		String code = kbli.parseCode(query.kbli()).orElse("");
		boolean section = code.length() == 1;
		int page = Math.max(query.page(), 0);

		StringBuilder from = new StringBuilder();
		if (hasText) {
			from.append("""
					from (select id as umkm_id, ts_rank(search, websearch_to_tsquery('indonesian', :q)) as rk
					      from umkm where search @@ websearch_to_tsquery('indonesian', :q)
					      union all
					      select umkm_id, ts_rank(search, websearch_to_tsquery('indonesian', :q))
					      from product where search @@ websearch_to_tsquery('indonesian', :q)) hits
					join umkm u on u.id = hits.umkm_id
					""");
		}
		else {
			from.append("from umkm u ");
		}
		List<String> where = new ArrayList<>();
		if (!regency.isEmpty()) {
			where.add("u.regency_code = :regency");
		}
		if (!code.isEmpty()) {
			String match = section
					? "%s in (select code from kbli where version = '2020' and section = :kbli and level = 'subclass')"
					: "%s like :kbli || '%%'";
			where.add("(exists (select 1 from umkm_kbli k where k.umkm_id = u.id and " + match.formatted("k.kbli_code")
					+ ") or exists (select 1 from product p where p.umkm_id = u.id and " + match.formatted("p.kbli_code")
					+ "))");
		}
		String whereSql = where.isEmpty() ? "" : " where " + String.join(" and ", where);
		String group = hasText ? " group by u.id" : "";

		long total = jdbc.sql("select count(*) from (select u.id " + from + whereSql + group + ") t")
			.param("q", q)
			.param("regency", regency)
			.param("kbli", code)
			.query(Long.class)
			.single();

		String order = hasText ? " order by max(hits.rk) desc, u.id desc" : " order by u.created_at desc, u.id desc";
		String sql = """
				select u.id, u.business_name, u.regency_code, u.size_class,
				       (select count(*) from product p where p.umkm_id = u.id) as product_count,
				       (select string_agg(x.name, ', ') from (
				            select p.name from product p where p.umkm_id = u.id
				            order by case when :hasText and p.search @@ websearch_to_tsquery('indonesian', :q) then 0 else 1 end, p.id
				            limit 3) x) as sample_products,
				       (select string_agg(k.kbli_code, ', ' order by k.kbli_code) from umkm_kbli k where k.umkm_id = u.id) as kbli_codes
				""" + from + whereSql + group + order + " limit :size offset :offset";
		List<DirectoryEntry> items = jdbc.sql(sql)
			.param("q", q)
			.param("hasText", hasText)
			.param("regency", regency)
			.param("kbli", code)
			.param("size", PAGE_SIZE)
			.param("offset", (long) page * PAGE_SIZE)
			.query((rs, n) -> new DirectoryEntry(rs.getLong("id"), rs.getString("business_name"),
					regions.regencyName(rs.getString("regency_code")), SizeClass.valueOf(rs.getString("size_class")),
					rs.getLong("product_count"), rs.getString("sample_products"), rs.getString("kbli_codes")))
			.list();
		int totalPages = (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE);
		return new PageView<>(items, page, totalPages, total);
	}

	@Transactional(readOnly = true)
	public DirectoryStats stats() {
		return jdbc.sql("""
				select (select count(*) from umkm), (select count(*) from product),
				       (select count(distinct regency_code) from umkm)
				""").query((rs, n) -> new DirectoryStats(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
	}

}
