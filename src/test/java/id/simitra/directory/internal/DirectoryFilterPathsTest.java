package id.simitra.directory.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.simitra.reference.RegionService;
import id.simitra.reference.SizeClass;
import id.simitra.reference.Unit;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A filter value most UMKM hold is checked on each candidate row instead of through the
 * document index (DirectoryService, umkm's filter frequencies): both ways give the same
 * page, totals and facets, for every filter that may take either way, alone and combined,
 * with and without words, in every order.
 */
@SimitraTest
class DirectoryFilterPathsTest {

	@Autowired
	DirectoryService directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RegionService regions;

	@Autowired
	Clock clock;

	@Autowired
	Fixtures fixtures;

	@Test
	void rowChecksFindWhatTheIndexFinds() {
		String tag = "jalurfilter" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
		Long medan = fixtures.umkm("Kopi Medan " + tag, "12.71", "10761").id();
		Long toba = fixtures.umkm("Ulos Toba " + tag, "12.12", "13122").id();
		Long deli = fixtures.umkm("Keripik Deli " + tag, "12.07", "10794").id();
		fixtures.product(medan, "Kopi sangrai " + tag, "10761", Unit.KG, "500");
		fixtures.product(deli, "Keripik pedas " + tag, "10794", Unit.KG, "2000");
		fixtures.verify(medan);
		fixtures.verify(deli);
		fixtures.certificate(deli, "HALAL", LocalDate.now(clock).plusYears(1));
		jdbc.sql("update umkm set size_class = 'KECIL' where id = ?").param(toba).update();

		// every filter value counts as common: all are checked on the row
		FilterFrequencies everyValueCommon = new FilterFrequencies(jdbc) {
			@Override
			Map<String, Float> get() {
				return new java.util.HashMap<>() {
					@Override
					public Float getOrDefault(Object key, Float otherwise) {
						return 1f;
					}
				};
			}
		};
		DirectoryService onRows = new DirectoryService(jdbc, regions, clock, everyValueCommon);
		List<DirectoryQuery> queries = new ArrayList<>();
		for (String text : List.of(tag, "")) {
			for (DirectoryQuery.Sort sort : DirectoryQuery.Sort.values()) {
				queries.add(query(text, "12", null, null, false, sort));
				queries.add(query(text, null, "12.71", null, false, sort));
				queries.add(query(text, null, "12.12", SizeClass.KECIL, false, sort));
				queries.add(query(text, null, null, SizeClass.MIKRO, true, sort));
				queries.add(query(text, "12", null, SizeClass.MIKRO, true, sort));
				queries.add(query(text, null, "12.07", null, true, sort));
			}
		}
		List<DirectoryResult> indexed = queries.stream().map(directory::search).toList();
		assertThat(queries.stream().map(onRows::search).toList()).isEqualTo(indexed);
		// and the tagged ones are found either way
		assertThat(indexed.get(0).page().items()).extracting(DirectoryEntry::umkmId)
			.containsExactlyInAnyOrder(medan, toba, deli);
		assertThat(indexed.get(5).page().items()).extracting(DirectoryEntry::umkmId).containsExactly(deli);
		assertThat(indexed.get(5).facets().certificates()).extracting(DirectoryResult.Count::value)
			.containsExactly("HALAL");
	}

	private static DirectoryQuery query(String text, String province, String regency, SizeClass size, boolean verified,
			DirectoryQuery.Sort sort) {
		return new DirectoryQuery(text, province, regency, null, size, List.of(), verified, (BigDecimal) null, null,
				sort, sort == DirectoryQuery.Sort.DISTANCE ? "12.71" : null, 0);
	}

}
