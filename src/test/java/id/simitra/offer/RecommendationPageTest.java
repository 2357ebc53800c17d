package id.simitra.offer;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import id.simitra.account.Role;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;
import id.simitra.support.WebSession;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SimitraTest
class RecommendationPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void officerOpensTheRecommendationPageWithoutASearch() throws Exception {
		var officer = WebSession.login(mvc, fixtures.officerEmail("12"), WebSession.PASSWORD);
		mvc.perform(get("/petugas/rekomendasi").session(officer)).andExpect(status().isOk());
	}

}
