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

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Officers recommend ready UMKM for a need; the company sees them on its offers page. */
@SimitraTest
class RecommendationTest {

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

	@Autowired
	RecommendationService recommendations;

	@Test
	void anOfficerRecommendsAnUmkmAndTheCompanySeesItWithoutAnOffer() throws Exception {
		OfferWorld world = new OfferWorld(mvc, fixtures, companies, needs, jdbc);
		OfferWorld.Company company = world.company("PT Andaliman Jaya", null);
		Long needId = world.need(company, "Bubuk andaliman kering");
		OfferWorld.Umkm umkm = world.umkm("Rempah Tobasa Rekomendasi");
		MockHttpSession officer = world.login(Role.OFFICER);

		mvc.perform(get("/petugas/rekomendasi").param("q", "andaliman").session(officer))
			.andExpect(content().string(allOf(containsString("Bubuk andaliman kering"),
					containsString("PT Andaliman Jaya"), containsString("/petugas/rekomendasi?kebutuhan=" + needId))));
		mvc.perform(get("/petugas/rekomendasi").param("kebutuhan", needId.toString())
			.param("umkm", "rempah tobas")
			.session(officer))
			.andExpect(content().string(allOf(containsString(umkm.name()), containsString("kesiapan"),
					containsString("pilih=" + umkm.id()))));
		mvc.perform(get("/petugas/rekomendasi").param("kebutuhan", needId.toString())
			.param("pilih", umkm.id().toString())
			.session(officer)).andExpect(content().string(containsString("Rekomendasi untuk " + umkm.name())));

		mvc.perform(post("/petugas/rekomendasi").with(csrf())
			.param("needId", needId.toString())
			.param("umkmId", umkm.id().toString())
			.param("note", " ")
			.session(officer)).andExpect(status().isOk()).andExpect(content().string(containsString("Wajib diisi.")));
		mvc.perform(post("/petugas/rekomendasi").with(csrf())
			.param("needId", needId.toString())
			.param("umkmId", umkm.id().toString())
			.param("note", "Lulus pelatihan HACCP Dinas 2025")
			.session(officer))
			.andExpect(redirectedUrl("/petugas/rekomendasi?kebutuhan=" + needId))
			.andExpect(flash().attribute("success", "flash.recommended"));
		mvc.perform(post("/petugas/rekomendasi").with(csrf())
			.param("needId", needId.toString())
			.param("umkmId", umkm.id().toString())
			.param("note", "Lagi")
			.session(officer)).andExpect(flash().attribute("error", "flash.alreadyRecommended"));
		assertThat(recommendations.recommendedUmkmIds(needId)).containsExactly(umkm.id());

		mvc.perform(get("/perusahaan/kebutuhan/{id}/penawaran", needId).session(company.session()))
			.andExpect(
					content().string(allOf(containsString(umkm.name()), containsString("Direkomendasikan Diskop UKM"),
							containsString("Lulus pelatihan HACCP Dinas 2025"), containsString("Belum menawar"),
							containsString("/perusahaan/kebutuhan/" + needId + "/undang/" + umkm.id()))));

		mvc.perform(get("/petugas/rekomendasi").session(company.session())).andExpect(status().isForbidden());
		mvc.perform(get("/petugas/rekomendasi").session(umkm.session())).andExpect(status().isForbidden());
		mvc.perform(post("/petugas/rekomendasi").with(csrf())
			.param("needId", needId.toString())
			.param("umkmId", umkm.id().toString())
			.param("note", "Saya sendiri")
			.session(umkm.session())).andExpect(status().isForbidden());
	}

}
