package id.simitra.directory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import id.simitra.directory.internal.DirectoryEntry;
import id.simitra.directory.internal.DirectoryQuery;
import id.simitra.directory.internal.DirectoryResult;
import id.simitra.directory.internal.DirectoryService;
import id.simitra.reference.SizeClass;
import id.simitra.reference.Unit;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SimitraTest
class DirectorySearchTest {

	@Autowired
	DirectoryService directory;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	/**
	 * A made-up word makes this test's rows the only hits, whatever else the database
	 * holds. Random letters throughout, so two tags are never spelt alike enough to be
	 * taken for typos of each other.
	 */
	private static String tag() {
		var random = java.util.concurrent.ThreadLocalRandom.current();
		StringBuilder tag = new StringBuilder();
		for (int i = 0; i < 10; i++) {
			tag.append((char) ('a' + random.nextInt(26)));
		}
		return tag.toString();
	}

	@Test
	void stemmingFindsInflectedWordsAndTyposFindTheRealSpelling() {
		String tag = tag();
		Long medan = fixtures.umkm("Keripik Mak " + tag, "12.71", "10794").id();
		fixtures.product(medan, "Keripiknya renyah " + tag, "10794", Unit.KG, "100");
		Long toba = fixtures.umkm("Ulos Toba " + tag, "12.12", "13122").id();
		fixtures.product(toba, "Kain ulos ragi hotang " + tag, "13122", Unit.PCS, "40");

		assertThat(ids(text("keripik " + tag))).containsExactly(medan);
		assertThat(ids(text("kripik " + tag))).containsExactly(medan);
		assertThat(ids(text("keripiknya " + tag))).containsExactly(medan);
		assertThat(ids(text(tag))).containsExactlyInAnyOrder(medan, toba);
		// punctuation and SQL are only words here
		assertThat(ids(text(tag + " '; drop table umkm; --"))).isEmpty();
		assertThat(jdbc.sql("select count(*) from umkm").query(Long.class).single()).isPositive();
	}

	@Test
	void filtersCombine() {
		String tag = tag();
		Long medanMicro = fixtures.umkm("Kopi Satu " + tag, "12.71", "10761").id();
		fixtures.product(medanMicro, "Kopi bubuk " + tag, "10761", Unit.KG, "500");
		Long medanVerifiedHalal = fixtures.umkm("Kopi Dua " + tag, "12.71", "10761").id();
		fixtures.product(medanVerifiedHalal, "Kopi sangrai " + tag, "10761", Unit.TON, "3");
		Long tobaUlos = fixtures.umkm("Tenun Tiga " + tag, "12.12", "13122").id();
		fixtures.product(tobaUlos, "Ulos " + tag, "13122", Unit.PCS, "40");
		jdbc.sql("update umkm set verified_at = now() where id = ?").param(medanVerifiedHalal).update();
		certificate(medanVerifiedHalal, "HALAL", LocalDate.now().plusYears(1));
		certificate(medanMicro, "HALAL", LocalDate.now().minusDays(1));

		assertThat(ids(query(tag, "12", null, null, null, List.of(), false, null, null)))
			.containsExactlyInAnyOrder(medanMicro, medanVerifiedHalal, tobaUlos);
		assertThat(ids(query(tag, null, "12.12", null, null, List.of(), false, null, null))).containsExactly(tobaUlos);
		assertThat(ids(query(tag, null, null, "10", null, List.of(), false, null, null)))
			.containsExactlyInAnyOrder(medanMicro, medanVerifiedHalal);
		assertThat(ids(query(tag, null, null, "C", null, List.of(), false, null, null))).hasSize(3);
		assertThat(ids(query(tag, null, null, null, SizeClass.MIKRO, List.of(), false, null, null))).hasSize(3);
		// the expired halal certificate does not count; the valid one does
		assertThat(ids(query(tag, null, null, null, null, List.of("HALAL"), false, null, null)))
			.containsExactly(medanVerifiedHalal);
		assertThat(ids(query(tag, null, null, null, null, List.of(), true, null, null)))
			.containsExactly(medanVerifiedHalal);
		// 3 ton is 3,000 kg: more than 1,000 kg; 500 kg is not
		assertThat(ids(query(tag, null, "12.71", "10761", null, List.of(), false, new BigDecimal("1000"), Unit.KG)))
			.containsExactly(medanVerifiedHalal);
	}

	@Test
	void nearestFirstWhenSortedByDistance() {
		String tag = tag();
		Long far = fixtures.umkm("Jauh " + tag, "12.13", "10761").id();
		Long near = fixtures.umkm("Dekat " + tag, "12.07", "10761").id();
		Long same = fixtures.umkm("Sama " + tag, "12.71", "10761").id();
		DirectoryQuery q = new DirectoryQuery(tag, null, null, null, null, List.of(), false, null, null,
				DirectoryQuery.Sort.DISTANCE, "12.71", 0);
		DirectoryResult result = directory.search(q);
		assertThat(result.page().items()).extracting(DirectoryEntry::umkmId).containsExactly(same, near, far);
		assertThat(result.page().items().get(0).distanceKm()).isZero();
	}

	@Test
	void facetsCountTheCurrentResults() {
		String tag = tag();
		fixtures.umkm("Satu " + tag, "12.71", "10761");
		fixtures.umkm("Dua " + tag, "12.71", "10761");
		fixtures.umkm("Tiga " + tag, "12.12", "10761");
		DirectoryResult result = directory.search(text(tag));
		assertThat(result.facets().regencies()).extracting(DirectoryResult.Count::value, DirectoryResult.Count::count)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("12.71", 2L),
					org.assertj.core.groups.Tuple.tuple("12.12", 1L));
	}

	@Test
	void everyStateHasAUrlAndHtmxGetsOnlyTheResults() throws Exception {
		String tag = tag();
		fixtures.umkm("Usaha " + tag, "12.71", "10761");
		mvc.perform(get("/direktori").param("q", tag).param("wilayah", "12.71").param("kelas", "mikro"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Usaha " + tag)))
			.andExpect(content().string(containsString("<html")));
		mvc.perform(get("/direktori").param("q", tag).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Usaha " + tag)))
			.andExpect(content().string(not(containsString("<html"))));
		// unknown filter values are ignored, never an error
		mvc.perform(get("/direktori").param("wilayah", "99.99")
			.param("kelas", "raksasa")
			.param("halaman", "x")
			.param("kapasitas", "-5")
			.param("sertifikat", "PALSU")).andExpect(status().isOk());
	}

	/**
	 * The regency pickers list only the chosen province's regencies (all 514 twice made
	 * the page 100 KB); a regency outside the chosen province, or with the province
	 * cleared in the form, no longer filters; a link naming only the regency still does.
	 */
	@Test
	void regencyPickersListTheChosenProvinceOnly() throws Exception {
		String tag = tag();
		fixtures.umkm("Medan " + tag, "12.71", "10761");
		fixtures.umkm("Toba " + tag, "12.12", "10761");
		fixtures.umkm("Aceh " + tag, "11.71", "10761");

		String page = mvc.perform(get("/direktori")).andReturn().getResponse().getContentAsString();
		assertThat(page).doesNotContain("value=\"12.71\"").contains("value=\"12\"").contains("value=\"11\"");
		assertThat(page.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThan(40 * 1024);

		page = mvc.perform(get("/direktori").param("q", tag).param("provinsi", "12").param("wilayah", "12.71"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<option value=\"12.71\" selected=\"selected\">Kota Medan</option>")
			.contains("value=\"12.12\"")
			.doesNotContain("value=\"11.71\"")
			.contains("Medan " + tag)
			.doesNotContain("Toba " + tag);
		// another province: the old regency is dropped, the new province filters
		assertThat(
				names(mvc.perform(get("/direktori").param("q", tag).param("provinsi", "11").param("wilayah", "12.71"))
					.andReturn()
					.getResponse()
					.getContentAsString(), tag))
			.containsExactly("Aceh " + tag);
		// "all provinces" in the form: no regency either
		assertThat(names(mvc.perform(get("/direktori").param("q", tag).param("provinsi", "").param("wilayah", "12.71"))
			.andReturn()
			.getResponse()
			.getContentAsString(), tag)).containsExactlyInAnyOrder("Medan " + tag, "Toba " + tag, "Aceh " + tag);
		// a link with only the regency (facet, shared search)
		assertThat(names(mvc.perform(get("/direktori").param("q", tag).param("wilayah", "12.71"))
			.andReturn()
			.getResponse()
			.getContentAsString(), tag)).containsExactly("Medan " + tag);

		// distance from: a province, then one of its regencies; a link with only the
		// regency shows both chosen
		page = mvc.perform(get("/direktori").param("q", tag).param("urut", "jarak").param("dari", "12.12"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<option value=\"12.12\" selected=\"selected\">Kabupaten Toba</option>")
			.contains("<option value=\"12\" selected=\"selected\">Sumatera Utara</option>");
		assertThat(names(page, tag)).startsWith("Toba " + tag, "Medan " + tag);
		// a regency outside the chosen "from" province is dropped
		assertThat(mvc
			.perform(get("/direktori").param("q", tag)
				.param("urut", "jarak")
				.param("dariprovinsi", "11")
				.param("dari", "12.12"))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("<option value=\"11.71\">Kota Banda Aceh</option>")
			.doesNotContain("value=\"12.12\"");

		// htmx: the results and, out of band, the options of the four pickers (never the
		// selects themselves)
		String update = mvc
			.perform(get("/direktori").param("q", tag).param("provinsi", "11").header("HX-Request", "true"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(update).contains("id=\"results\"")
			.contains("<datalist id=\"wilayah\" data-hx-swap-oob=\"innerHTML\">")
			.contains("<datalist id=\"provinsi\" data-hx-swap-oob=\"innerHTML\">")
			.contains("<datalist id=\"dari\" data-hx-swap-oob=\"innerHTML\">")
			.contains("<datalist id=\"dariprovinsi\" data-hx-swap-oob=\"innerHTML\">")
			.contains("<option value=\"11.71\">Kota Banda Aceh</option>")
			.doesNotContain("value=\"12.71\"")
			.doesNotContain("<select");
	}

	/** Business names of the result cards that carry the tag, in order. */
	private static List<String> names(String page, String tag) {
		return java.util.regex.Pattern.compile(">([A-Za-z]+ " + tag + ")</a>")
			.matcher(page)
			.results()
			.map(m -> m.group(1))
			.toList();
	}

	private void certificate(Long umkmId, String type, LocalDate expires) {
		jdbc.sql("""
				insert into umkm_certificate (umkm_id, type_code, number, issued_on, expires_on, issuer, status)
				values (?, ?, 'ID1234567890', ?, ?, 'BPJPH', 'VERIFIED')
				""").params(umkmId, type, expires.minusYears(2), expires).update();
	}

	private static DirectoryQuery text(String q) {
		return DirectoryQuery.text(q, 0);
	}

	private static DirectoryQuery query(String q, String province, String regency, String kbli, SizeClass size,
			List<String> certificates, boolean verified, BigDecimal capacity, Unit unit) {
		return new DirectoryQuery(q, province, regency, kbli, size, certificates, verified, capacity, unit, null, null,
				0);
	}

	private List<Long> ids(DirectoryQuery query) {
		return directory.search(query).page().items().stream().map(DirectoryEntry::umkmId).toList();
	}

}
