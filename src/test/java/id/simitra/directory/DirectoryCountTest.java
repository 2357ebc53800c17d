package id.simitra.directory;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import id.simitra.directory.internal.DirectoryEntry;
import id.simitra.directory.internal.DirectoryQuery;
import id.simitra.directory.internal.DirectoryResult;
import id.simitra.directory.internal.DirectoryService;
import id.simitra.support.SimitraTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * More than 1,000 matches: the directory says "more than 1,000", shows no per-value
 * counts, and pages through the matches in the same order as when they are few, whether
 * the count found them in umkm's sample buckets of the search document (V79:
 * {@code "~ b"} runs of 64 ids, one in 256; {@code "~ B"} runs of 1,024, one in 16) or
 * had to collect them all. The UMKM are written with chosen ids, so that they fall in the
 * buckets the count looks at first, or in none of them; each test rolls back.
 */
@SimitraTest
class DirectoryCountTest {

	/** The first id of a run that is in small bucket 0 and large bucket 0. */
	private static final long BASE = 16_384L * 610_001;

	@Autowired
	DirectoryService directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void matchesFoundInTheSampleBuckets() {
		String tag = tag();
		transactions.executeWithoutResult(status -> {
			// 100 in small bucket 0 (the first sample), 1,001 in large bucket 1 (the
			// second)
			insert(tag, BASE, 64);
			insert(tag, BASE + 16_384, 36);
			insert(tag, BASE + 1_024, 1_001);
			assertPagedAsSorted(tag);
			status.setRollbackOnly();
		});
	}

	@Test
	void matchesOutsideTheSampleBuckets() {
		String tag = tag();
		transactions.executeWithoutResult(status -> {
			// small bucket 5, large bucket 0: no sample holds any; all are collected
			for (int run = 0; run < 17; run++) {
				insert(tag, BASE + 5 * 64 + run * 16_384L, 64);
			}
			assertPagedAsSorted(tag);
			status.setRollbackOnly();
		});
	}

	private void assertPagedAsSorted(String tag) {
		for (DirectoryQuery.Sort sort : DirectoryQuery.Sort.values()) {
			for (int page : List.of(0, 3)) {
				DirectoryResult result = directory.search(new DirectoryQuery(tag, null, null, null, null, List.of(),
						false, null, null, sort, sort == DirectoryQuery.Sort.DISTANCE ? "12.71" : null, page));
				assertThat(result.totalCapped()).as(sort + " page " + page).isTrue();
				assertThat(result.page().totalItems()).isEqualTo(1_000);
				assertThat(result.facets().isEmpty()).isTrue();
				assertThat(result.page().items()).extracting(DirectoryEntry::umkmId)
					.as(sort + " page " + page)
					.containsExactlyElementsOf(sorted(tag, sort, page));
			}
		}
		// a filter the sample narrows with: the verified ones (every third)
		DirectoryResult verified = directory.search(new DirectoryQuery(tag, null, null, null, null, List.of(), true,
				null, null, DirectoryQuery.Sort.NEWEST, null, 0));
		assertThat(verified.totalCapped()).isFalse();
		assertThat(verified.page().totalItems())
			.isEqualTo(jdbc.sql("select count(*) from umkm where business_name like ? and verified_at is not null")
				.param("%" + tag)
				.query(Long.class)
				.single());
	}

	/** The page as the old, count-everything query orders all matches. */
	private List<Long> sorted(String tag, DirectoryQuery.Sort sort, int page) {
		String order = switch (sort) {
			case RELEVANCE -> "(u.verified_at is not null) desc, u.created_at desc, u.id desc";
			case NEWEST -> "u.created_at desc, u.id desc";
			case DISTANCE -> "km_between(r.latitude, r.longitude, m.latitude, m.longitude), r.code, "
					+ "(u.verified_at is not null) desc, u.created_at desc, u.id desc";
		};
		return jdbc.sql("""
				select u.id from umkm u join region r on r.code = u.regency_code, region m
				where m.code = '12.71' and u.business_name like ?
				order by %s limit 20 offset ?
				""".formatted(order)).params("%" + tag, page * 20).query(Long.class).list();
	}

	/**
	 * {@code count} UMKM named with the tag, ids from {@code first}, in a few regencies,
	 * every third verified.
	 */
	private void insert(String tag, long first, int count) {
		jdbc.sql(
				"""
						with owners as (
						    insert into account (email, password_hash, display_name, role)
						    select 'hitung-' || ? || '-' || g || '@contoh.test', '{noop}-', 'Uji Hitung', 'UMKM'
						    from generate_series(0, ? - 1) g
						    returning id, email)
						insert into umkm (id, owner_id, business_name, owner_name, regency_code, address, phone,
						                  business_capital, annual_sales, size_class, size_class_by_sales, created_at,
						                  updated_at, verified_at)
						select ? + n, o.id, 'Toko Hitung ' || ?, 'Pemilik', (array['12.71', '12.07', '12.12', '12.15'])[1 + n % 4],
						       'Jl. Uji', '081200000000', 100000000, 100000000, 'MIKRO', 'MIKRO',
						       now() - (n % 97) * interval '1 hour', now(), case when n % 3 = 0 then now() end
						from owners o cross join lateral (select split_part(split_part(o.email, '-', 3), '@', 1)::int as n) x
						""")
			.params(first, count, first, tag)
			.update();
	}

	private static String tag() {
		var random = java.util.concurrent.ThreadLocalRandom.current();
		StringBuilder tag = new StringBuilder();
		for (int i = 0; i < 10; i++) {
			tag.append((char) ('a' + random.nextInt(26)));
		}
		return tag.toString();
	}

}
