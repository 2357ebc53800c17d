package id.simitra.partnership;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import id.simitra.account.AccountService;
import id.simitra.company.CompanyService;
import id.simitra.need.NeedService;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;
import id.simitra.support.WebSession;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Ratings given after completion appear on the UMKM's storefront (issue 16): the average
 * and count of the companies' ratings, and only the comments the rater allowed to be
 * public; the UMKM's ratings of companies are not the UMKM's reputation.
 */
@SimitraTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StorefrontRatingsTest {

	@Autowired
	AccountService accounts;

	@Autowired
	CompanyService companies;

	@Autowired
	NeedService needs;

	@Autowired
	PartnershipService partnerships;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MockMvc mvc;

	LifecycleWorld world;

	@BeforeAll
	void world() {
		world = new LifecycleWorld(accounts, companies, needs, partnerships, fixtures);
	}

	@Test
	void theStorefrontShowsAverageCountAndOnlyPublicComments() throws Exception {
		mvc.perform(get("/direktori/umkm/{id}", world.umkmId))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Belum ada penilaian dari perusahaan mitra.")));
		Long first = world.in(PartnershipStatus.COMPLETED);
		Long second = world.in(PartnershipStatus.COMPLETED);
		MockHttpSession company = WebSession.login(mvc, world.company.getUsername(), WebSession.PASSWORD);
		mvc.perform(get("/kemitraan/{id}", first).session(company))
			.andExpect(content().string(containsString("name=\"commentPublic\"")))
			.andExpect(content().string(containsString("Komentar boleh ditampilkan untuk umum di etalase UMKM")));
		mvc.perform(post("/kemitraan/{id}/nilai", first).session(company)
			.with(csrf())
			.param("score", "5")
			.param("comment", "Kiriman selalu tepat waktu")
			.param("commentPublic", "true")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/kemitraan/{id}/nilai", second).session(company)
			.with(csrf())
			.param("score", "4")
			.param("comment", "Catatan internal saja")).andExpect(status().is3xxRedirection());
		// the UMKM's rating of the company, even public, is not the UMKM's reputation
		partnerships.rate(world.umkm, first, 1, "Pembayaran lambat", true);
		mvc.perform(get("/direktori/umkm/{id}", world.umkmId))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("4,5 dari 5 · 2 penilaian setelah kemitraan selesai")))
			.andExpect(content().string(containsString("Kiriman selalu tepat waktu")))
			.andExpect(content().string(not(containsString("Catatan internal saja"))))
			.andExpect(content().string(not(containsString("Pembayaran lambat"))));
		mvc.perform(get("/direktori/umkm/{id}", world.umkmId).cookie(new Cookie("simitra-lang", "en")))
			.andExpect(content().string(containsString("4.5 of 5 · 2 ratings after completed partnerships")));
	}

	@Test
	void aBadScoreIsRefusedAndTheChoiceIsKept() throws Exception {
		Long id = world.in(PartnershipStatus.COMPLETED);
		MockHttpSession umkm = WebSession.login(mvc, world.umkm.getUsername(), WebSession.PASSWORD);
		mvc.perform(post("/kemitraan/{id}/nilai", id).session(umkm)
			.with(csrf())
			.param("score", "9")
			.param("comment", "Bagus")
			.param("commentPublic", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(matchesPattern("(?s).*<input[^>]*name=\"commentPublic\"[^>]*checked.*")));
	}

}
