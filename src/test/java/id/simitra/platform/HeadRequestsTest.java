package id.simitra.platform;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import id.simitra.account.Role;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;
import id.simitra.support.WebSession;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * HEAD is answered like GET (Spring MVC uses the GET handler), so the access rules for
 * reading must let it through as they let GET: a health checker sending HEAD was sent to
 * the login page, a signed-in person refused.
 */
@SimitraTest
class HeadRequestsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void headIsAllowedWhereGetIsForAnonymousVisitors() throws Exception {
		mvc.perform(head("/actuator/health")).andExpect(status().isOk());
		mvc.perform(head("/actuator/health/readiness")).andExpect(status().isOk());
		mvc.perform(head("/data/kemitraan.json")).andExpect(status().isOk());
		mvc.perform(head("/foto/" + Long.MAX_VALUE)).andExpect(status().isNotFound());
	}

	@Test
	void headOfARecordAnswersWhatGetAnswersForASignedInPerson() throws Exception {
		MockHttpSession umkm = WebSession.login(mvc, fixtures.accountEmail(Role.UMKM), WebSession.PASSWORD);
		mvc.perform(head("/kemitraan/" + Long.MAX_VALUE).session(umkm)).andExpect(status().isNotFound());
		mvc.perform(head("/dokumen/" + Long.MAX_VALUE).session(umkm)).andExpect(status().isNotFound());
	}

}
