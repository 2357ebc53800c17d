package id.simitra.directory;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import id.simitra.shared.Unit;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;

import static org.assertj.core.api.Assertions.assertThat;

@SimitraTest
class DirectorySearchTest {

	@Autowired
	DirectoryService directory;

	@Autowired
	Fixtures fixtures;

	@Test
	void keywordSearchUsesIndonesianStemmingAndFilters() {
		// a made-up word makes this test's rows the only hits, whatever else the database holds
		String tag = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).replaceAll("[0-9]", "x");
		Long medan = fixtures.umkm("Keripik Mak " + tag, "12.71", "10794").id();
		fixtures.product(medan, "Keripiknya renyah " + tag, "10794", Unit.KG, "100");
		Long toba = fixtures.umkm("Ulos Toba " + tag, "12.12", "13122").id();
		fixtures.product(toba, "Kain ulos ragi hotang " + tag, "13122", Unit.PCS, "40");

		assertThat(ids(new DirectoryQuery("keripik " + tag, "", "", 0))).containsExactly(medan);
		assertThat(ids(new DirectoryQuery(tag, "", "", 0))).containsExactlyInAnyOrder(medan, toba);
		assertThat(ids(new DirectoryQuery(tag, "12.12", "", 0))).containsExactly(toba);
		assertThat(ids(new DirectoryQuery(tag, "", "10", 0))).containsExactly(medan);
		assertThat(ids(new DirectoryQuery(tag, "", "C", 0))).containsExactlyInAnyOrder(medan, toba);
		// web-search syntax: quotes, semicolons and "or" are words and operators, never SQL
		assertThat(ids(new DirectoryQuery(tag + " '; drop table umkm; --", "", "", 0))).isEmpty();
		assertThat(ids(new DirectoryQuery("\"" + tag + "\" -ulos", "", "", 0))).containsExactly(medan);
	}

	private List<Long> ids(DirectoryQuery query) {
		return directory.search(query).items().stream().map(DirectoryEntry::umkmId).toList();
	}

}
