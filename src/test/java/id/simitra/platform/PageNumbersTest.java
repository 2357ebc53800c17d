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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Page numbers in URLs count from 1 everywhere (PageNumbers), and an old zero-based link
 * to the first page is redirected.
 */
@SimitraTest
class PageNumbersTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void theDirectorysFirstPageIsHalamanOneAndItsNextLinkIsHalamanTwo() throws Exception {
		String tag = tag();
		for (int i = 0; i < 21; i++) {
			fixtures.umkm("Usaha " + tag + " " + (char) ('a' + i), "12.71", "10761");
		}
		String first = page(get("/direktori").param("q", tag), null);
		assertThat(first).contains("Halaman 1 dari 2").contains("halaman=2");
		assertThat(page(get("/direktori").param("q", tag).param("halaman", "1"), null)).contains("Halaman 1 dari 2");
		String second = page(get("/direktori").param("q", tag).param("halaman", "2"), null);
		assertThat(second).contains("Halaman 2 dari 2");
		// An old link to the first page (halaman=0) keeps its filters and loses the page.
		mvc.perform(get("/direktori").param("q", tag).param("halaman", "0"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/direktori?q=" + tag));
		// Nonsense is the first page, never an error.
		assertThat(page(get("/direktori").param("q", tag).param("halaman", "dua"), null)).contains("Halaman 1 dari 2");
	}

	@Test
	void aLoggedInListCountsItsPagesFromOne() throws Exception {
		Long owner = fixtures.account(Role.UMKM);
		Long umkm = fixtures.umkmOwnedBy(owner, "Usaha Halaman Uji", "12.71", "10761").id();
		for (int i = 0; i < 21; i++) {
			fixtures.product(umkm, "Produk " + (char) ('a' + i), "10761", Unit.KG, "10");
		}
		MockHttpSession session = WebSession.login(mvc, fixtures.accountEmailOf(owner), WebSession.PASSWORD);
		String first = page(get("/umkm/produk"), session);
		assertThat(first).contains("Halaman 1 dari 2").contains("Produk a").contains("href=\"?halaman=2\"");
		String second = page(get("/umkm/produk").param("halaman", "2"), session);
		assertThat(second).contains("Halaman 2 dari 2").contains("Produk u");
		// "Previous" leads to page 1, written halaman=1 (it was halaman=0).
		assertThat(second).contains("href=\"?halaman=1\"");
		mvc.perform(get("/umkm/produk").param("halaman", "0").session(session))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/umkm/produk"));
	}

	private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			MockHttpSession session) throws Exception {
		if (session != null) {
			request.session(session);
		}
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static String tag() {
		var random = java.util.concurrent.ThreadLocalRandom.current();
		StringBuilder tag = new StringBuilder();
		for (int i = 0; i < 10; i++) {
			tag.append((char) ('a' + random.nextInt(26)));
		}
		return tag.toString();
	}

}
