package id.simitra.offer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import id.simitra.account.Role;
import id.simitra.company.CompanyService;
import id.simitra.need.NeedService;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;
import id.simitra.support.WebSession;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SimitraTest
class RecommendationPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CompanyService companies;

	@Autowired
	NeedService needs;

	@Autowired
	JdbcClient jdbc;

	@Test
	void officerOpensTheRecommendationPageWithoutASearch() throws Exception {
		var officer = WebSession.login(mvc, fixtures.officerEmail("12"), WebSession.PASSWORD);
		mvc.perform(get("/petugas/rekomendasi").session(officer)).andExpect(status().isOk());
	}

	/**
	 * Issue 10 §2: a need's recommendations are keyed by the need, but each is about an
	 * UMKM: an officer reads only those of UMKM in their own province (the UMKM's name,
	 * the recommending officer, the date and the note).
	 */
	@Test
	void officersSeeOnlyTheRecommendationsOfUmkmInTheirProvince() throws Exception {
		OfferWorld world = new OfferWorld(mvc, fixtures, companies, needs, jdbc);
		Long needId = world.need(world.company("PT Rekomendasi Lintas", null), "Kopi arabika sangrai");
		OfferWorld.Umkm umkm = world.umkm("Kopi Sidikalang Rahasia");
		MockHttpSession sumatra = world.login(Role.OFFICER);
		String note = "Catatan internal Dinas Sumut " + umkm.id();
		mvc.perform(post("/petugas/rekomendasi").with(csrf())
			.param("needId", needId.toString())
			.param("umkmId", umkm.id().toString())
			.param("note", note)
			.session(sumatra));
		mvc.perform(get("/petugas/rekomendasi").param("kebutuhan", needId.toString()).session(sumatra))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(umkm.name()), containsString(note))));

		for (String province : new String[] { "35", null }) {
			MockHttpSession outsider = WebSession.login(mvc, fixtures.officerEmail(province), WebSession.PASSWORD);
			mvc.perform(get("/petugas/rekomendasi").param("kebutuhan", needId.toString()).session(outsider))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(not(containsString(umkm.name())), not(containsString(note)))));
			// Picking an UMKM outside the officer's province: as if it did not exist.
			mvc.perform(get("/petugas/rekomendasi").param("kebutuhan", needId.toString())
				.param("pilih", umkm.id().toString())
				.session(outsider)).andExpect(status().isNotFound());
		}
	}

	/**
	 * Issue 10 §2: a need that takes no offers is no longer there to recommend for: 404,
	 * as for an UMKM.
	 */
	@Test
	void aClosedNeedIsNotFoundOnTheRecommendationPage() throws Exception {
		OfferWorld world = new OfferWorld(mvc, fixtures, companies, needs, jdbc);
		Long needId = world.need(world.company("PT Sudah Tutup", null), "Gula aren cetak tertutup");
		jdbc.sql("update need set status = 'CLOSED' where id = ?").param(needId).update();
		MockHttpSession officer = world.login(Role.OFFICER);
		mvc.perform(get("/petugas/rekomendasi").param("kebutuhan", needId.toString()).session(officer))
			.andExpect(status().isNotFound());
	}

}
