package id.simitra.account;

import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;
import id.simitra.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Administrators find an account by part of its name or e-mail, in one role or all, page
 * by page with the search kept (issue 16).
 */
@SimitraTest
class AdminAccountSearchTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AccountService accounts;

	@Test
	void anAdministratorFindsAccountsByNameOrEmailAndRole() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		accounts.create("sari-" + tag + "@contoh.test", WebSession.PASSWORD, "Kopi Sari " + tag, Role.UMKM);
		accounts.create("budi-" + tag + "@contoh.test", WebSession.PASSWORD, "PT Budi " + tag, Role.COMPANY);
		accounts.create("lain@" + tag + ".test", WebSession.PASSWORD, "Usaha Lain", Role.UMKM);
		MockHttpSession admin = WebSession.login(mvc, fixtures.accountEmail(Role.ADMIN), WebSession.PASSWORD);

		// By part of the name, any case, in every role.
		String byName = mvc.perform(get("/admin/akun").param("q", "KOPI SARI " + tag).session(admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(byName).contains("sari-" + tag + "@contoh.test").doesNotContain("budi-" + tag);
		// By part of the e-mail: all three carry the tag there.
		String byEmail = page(admin, "/admin/akun?q=" + tag);
		assertThat(byEmail).contains("sari-" + tag, "budi-" + tag, "lain@" + tag).contains("3 akun");
		// Narrowed to one role.
		String companies = page(admin, "/admin/akun?q=" + tag + "&peran=COMPANY");
		assertThat(companies).contains("budi-" + tag).doesNotContain("sari-" + tag).doesNotContain("lain@" + tag);
		// A typed wildcard is a letter, not "anything".
		String wildcard = mvc
			.perform(get("/admin/akun").param("q", tag.substring(0, 4) + "%" + tag.substring(5)).session(admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(wildcard).contains("Tidak ada akun yang cocok");
		assertThat(page(admin, "/admin/akun?q=tidak-ada-" + tag + "&lang=en")).contains("No account matches");
	}

	@Test
	void pagingKeepsTheSearch() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		for (int i = 0; i < 26; i++) {
			accounts.create("halaman-" + i + "-" + tag + "@contoh.test", WebSession.PASSWORD, "Halaman " + i,
					Role.UMKM);
		}
		MockHttpSession admin = WebSession.login(mvc, fixtures.accountEmail(Role.ADMIN), WebSession.PASSWORD);
		String first = page(admin, "/admin/akun?q=" + tag + "&peran=UMKM");
		assertThat(first).contains("26 akun")
			.contains("Halaman 1 dari 2")
			.contains("href=\"?q=" + tag + "&amp;peran=UMKM&amp;halaman=2\"");
		String second = page(admin, "/admin/akun?q=" + tag + "&peran=UMKM&halaman=2");
		assertThat(second).contains("Halaman 2 dari 2").contains("halaman-0-" + tag);
	}

	private String page(MockHttpSession session, String url) throws Exception {
		return mvc.perform(get(url).session(session).cookie(new Cookie("simitra-lang", "id")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
