package id.simitra.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.simitra.need.NeedData;
import id.simitra.need.NeedService;
import id.simitra.reference.PartnershipPattern;
import id.simitra.reference.Unit;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search concepts of a need's title (matching's need_match, V70) are computed when
 * the need is posted and again when it is edited, in the same transaction: the ranking of
 * a need just saved already uses them.
 */
@SimitraTest
class NeedConceptsTest {

	@Autowired
	NeedService needs;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPostedNeedHasTheConceptsOfItsTitleAndAnEditedOneTheConceptsOfItsNewTitle() {
		Long company = fixtures.company("PT Uji Konsep", "12.71");
		Long need = fixtures.need(company, "Kain ulos untuk suvenir", "13912", "100", Unit.PCS, "12.71", Map.of());
		// "ulos" brings its synonyms (tenun, kain tenun); the stop word "untuk" is no
		// concept
		assertThat(concepts(need)).anySatisfy(c -> assertThat(c).contains("ulo").contains("tenun"))
			.noneSatisfy(c -> assertThat(c).contains("untuk"));

		long version = jdbc.sql("select version from need where id = ?").param(need).query(Long.class).single();
		needs.update(need, company, new NeedData("Keripik singkong", "Keripik singkong untuk kantin", "10794",
				new BigDecimal("100"), Unit.KG, "12.71", LocalDate.now().plusDays(30), PartnershipPattern.RANTAI_PASOK),
				version);
		assertThat(concepts(need)).hasSize(2)
			.anySatisfy(c -> assertThat(c).contains("kripik"))
			.noneSatisfy(c -> assertThat(c).contains("tenun"));
		assertThat(jdbc.sql("select match_all is not null and match_any is not null from need_match where need_id = ?")
			.param(need)
			.query(Boolean.class)
			.single()).isTrue();
	}

	/**
	 * Issue 15: a word widens to its synonyms and to catalogue words one letter away when
	 * it has at least 6 letters, never to a look-alike that is another thing; a synonym
	 * group is one concept.
	 */
	@Test
	void wordsWidenToKnownVariantsOnlyAndASynonymGroupCountsOnce() {
		Long umkm = fixtures.umkm("Aneka Usaha Varian", "12.71", "10794").id();
		for (String product : List.of("Udang Tambak", "Kantong Plastik", "Sayur Sawi", "Pisang Matang",
				"Sambel Terasi")) {
			fixtures.product(umkm, product, "10794", Unit.KG, "100");
		}
		assertThat(String.join(" ", conceptsOf("Jasa tambang pasir"))).contains("'tambang'").doesNotContain("tambak");
		assertThat(String.join(" ", conceptsOf("Perlengkapan kantor"))).doesNotContain("kantong");
		assertThat(String.join(" ", conceptsOf("Bibit sawit"))).contains("'sawit'").doesNotContain("'sawi'");
		assertThat(String.join(" ", conceptsOf("Mata pisau"))).doesNotContain("matang");
		// one letter in a word of six: the regional spelling is the same thing
		assertThat(conceptsOf("Sambal terasi"))
			.anySatisfy(c -> assertThat(c).contains("'sambal'").contains("'sambel'"));
		// singkong and ubi kayu are one synonym group: one concept, not two
		assertThat(conceptsOf("Keripik singkong ubi kayu")).hasSize(2);
	}

	private List<String> conceptsOf(String title) {
		return jdbc.sql("select unnest(match_concepts(?))").param(title).query(String.class).list();
	}

	private List<String> concepts(Long needId) {
		return jdbc.sql("select unnest(match_concepts) from need_match where need_id = ?")
			.param(needId)
			.query(String.class)
			.list();
	}

}
