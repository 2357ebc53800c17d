package id.simitra.directory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.cache.interceptor.SimpleKey;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.simitra.directory.internal.DirectoryService;
import id.simitra.directory.internal.DirectoryStats;
import id.simitra.support.SimitraTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page's figures are the real counts, computed once and then served from the
 * cache.
 */
@SimitraTest
class DirectoryStatsTest {

	@Autowired
	DirectoryService directory;

	@Autowired
	CacheManager caches;

	@Autowired
	JdbcClient jdbc;

	@Test
	void figuresAreTheCountsAndAreKeptInTheCache() {
		caches.getCache(DirectoryService.STATS_CACHE).clear();
		DirectoryStats stats = directory.stats();
		assertThat(stats.umkm()).isEqualTo(count("select count(*) from umkm"));
		assertThat(stats.products()).isEqualTo(count("select count(*) from product"));
		assertThat(stats.regencies()).isEqualTo(count("select count(distinct regency_code) from umkm"));
		assertThat(caches.getCache(DirectoryService.STATS_CACHE).get(SimpleKey.EMPTY, DirectoryStats.class))
			.isEqualTo(stats);
		assertThat(directory.stats()).isSameAs(stats);
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
