package id.simitra.account;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import id.simitra.support.SimitraTest;
import id.simitra.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The password rules, and that passwords bcrypt cannot take are refused with a message instead of a 500. */
@SimitraTest
class PasswordRulesTest {

	/** 40 characters but 80 bytes in UTF-8: over bcrypt's 72-byte limit while under the 72-character field limit. */
	static final String ACCENTED_40 = "é".repeat(38) + "a1";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Test
	void rules() {
		assertThat(PasswordRules.isAcceptable("Rahasia123")).isTrue();
		assertThat(PasswordRules.isAcceptable("abc1234")).as("7 characters").isFalse();
		assertThat(PasswordRules.isAcceptable("abcdefgh")).as("no digit").isFalse();
		assertThat(PasswordRules.isAcceptable("12345678")).as("no letter").isFalse();
		assertThat(PasswordRules.isAcceptable(null)).isFalse();
		assertThat(PasswordRules.isAcceptable("a1" + "x".repeat(70))).as("72 bytes").isTrue();
		assertThat(PasswordRules.isAcceptable("a1" + "x".repeat(71))).as("73 bytes").isFalse();
		assertThat(PasswordRules.isAcceptable(ACCENTED_40)).as("80 bytes in 40 characters").isFalse();
	}

	@Test
	void aPasswordTooLongForBcryptIsExplainedOnTheForm() throws Exception {
		mvc.perform(post("/daftar").with(csrf())
			.param("displayName", "Usaha Aksen")
			.param("email", WebSession.uniqueEmail("aksen"))
			.param("password", ACCENTED_40)
			.param("passwordConfirm", ACCENTED_40)
			.param("role", "UMKM"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kata sandi terlalu panjang")))
			.andExpect(content().string(containsString("value=\"Usaha Aksen\"")));
	}

	@Test
	void anOverlongPasswordAtLoginIsAnOrdinaryFailedLogin() throws Exception {
		String known = accounts.create(WebSession.uniqueEmail("panjang"), "Rahasia123", "Panjang", Role.UMKM).email();
		for (String email : new String[] { known, WebSession.uniqueEmail("tidak-ada") }) {
			mvc.perform(formLogin("/masuk").userParameter("email").passwordParam("password").user(email)
				.password("x".repeat(500)))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/masuk?gagal"));
		}
	}

}
