package id.simitra.platform;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import id.simitra.account.Role;
import id.simitra.reference.Unit;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;
import id.simitra.support.WebSession;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SimitraTest
class AccessRulesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void umkmOwnerCannotEditOrDeleteAnotherUmkmsProduct() throws Exception {
		String ownerA = fixtures.accountEmail(Role.UMKM);
		String ownerB = fixtures.accountEmail(Role.UMKM);
		MockHttpSession a = WebSession.login(mvc, ownerA, WebSession.PASSWORD);
		MockHttpSession b = WebSession.login(mvc, ownerB, WebSession.PASSWORD);
		Long umkmA = fixtures.umkmOwnedBy(accountId(a), "Usaha A", "12.71", "10761").id();
		fixtures.umkmOwnedBy(accountId(b), "Usaha B", "12.07", "10761");
		Long productOfA = fixtures.product(umkmA, "Kopi A", "10761", Unit.KG, "100");

		mvc.perform(get("/umkm/produk/{id}/ubah", productOfA).session(b)).andExpect(status().isForbidden());
		mvc.perform(post("/umkm/produk/{id}/ubah", productOfA).session(b)
			.with(csrf())
			.param("name", "Diambil alih")
			.param("kbli", "10761")
			.param("unit", "KG")
			.param("monthlyCapacity", "1")
			.param("minimumOrder", "1")
			.param("priceMin", "1")
			.param("priceMax", "2")).andExpect(status().isForbidden());
		mvc.perform(post("/umkm/produk/{id}/hapus", productOfA).session(b).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/umkm/produk/{id}/ubah", productOfA).session(a))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kopi A")));
	}

	@Test
	void rolesAreCheckedOnEveryArea() throws Exception {
		mvc.perform(get("/umkm/produk")).andExpect(redirectedUrl("/masuk"));
		MockHttpSession company = WebSession.login(mvc, fixtures.accountEmail(Role.COMPANY), WebSession.PASSWORD);
		mvc.perform(get("/petugas").session(company)).andExpect(status().isForbidden());
		mvc.perform(get("/umkm/produk").session(company)).andExpect(status().isForbidden());
		mvc.perform(get("/admin/akun").session(company)).andExpect(status().isForbidden());
		MockHttpSession umkm = WebSession.login(mvc, fixtures.accountEmail(Role.UMKM), WebSession.PASSWORD);
		mvc.perform(get("/perusahaan").session(umkm)).andExpect(status().isForbidden());
	}

	@Test
	void formsWithoutCsrfTokenAreRefused() throws Exception {
		MockHttpSession umkm = WebSession.login(mvc, fixtures.accountEmail(Role.UMKM), WebSession.PASSWORD);
		mvc.perform(post("/umkm/profil").session(umkm).param("businessName", "x")).andExpect(status().isForbidden());
	}

	@Test
	void missingRecordsAnswerWithTheNotFoundPage() throws Exception {
		mvc.perform(get("/direktori/umkm/{id}", Long.MAX_VALUE)).andExpect(status().isNotFound());
		MockHttpSession umkm = WebSession.login(mvc, fixtures.accountEmail(Role.UMKM), WebSession.PASSWORD);
		fixtures.umkmOwnedBy(accountId(umkm), "Usaha C", "12.71", "10761");
		mvc.perform(get("/umkm/produk/{id}/ubah", Long.MAX_VALUE).session(umkm)).andExpect(status().isNotFound());
	}

	@Test
	void malformedIdsAreABadRequestNotAServerError() throws Exception {
		mvc.perform(get("/direktori/umkm/bukan-angka")).andExpect(status().isBadRequest());
	}

	private static Long accountId(MockHttpSession session) {
		var context = (org.springframework.security.core.context.SecurityContext) session
			.getAttribute("SPRING_SECURITY_CONTEXT");
		return ((id.simitra.account.SimitraUser) context.getAuthentication().getPrincipal()).accountId();
	}

}
