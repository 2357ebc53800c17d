package id.simitra.account;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.simitra.account.internal.PasswordRules;
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

/**
 * The password rules (length in characters, a letter and a digit, not a common password,
 * not the e-mail's name part), their messages on the registration and officer forms, and
 * the hashes: Argon2id for new passwords, old bcrypt hashes still valid and upgraded at
 * login.
 */
@SimitraTest
class PasswordRulesTest {

	/**
	 * 100 characters, 200 bytes in UTF-8: far over bcrypt's 72 bytes, fine for Argon2id.
	 */
	static final String ACCENTED_100 = "é".repeat(49) + "ñ".repeat(49) + "a1";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void rules() {
		assertThat(PasswordRules.problem("KopiSipirok24", "siti@contoh.test")).isNull();
		assertThat(PasswordRules.problem("abc1234", null)).as("7 characters").isEqualTo("validation.password");
		assertThat(PasswordRules.problem("abcdefgh", null)).as("no digit").isEqualTo("validation.password");
		assertThat(PasswordRules.problem("12345678", null)).as("no letter").isEqualTo("validation.password");
		assertThat(PasswordRules.problem(null, null)).isEqualTo("validation.password");
		assertThat(PasswordRules.problem(ACCENTED_100, null)).as("100 characters, 200 bytes").isNull();
		assertThat(PasswordRules.problem("a1" + "x".repeat(126), null)).as("128 characters").isNull();
		assertThat(PasswordRules.problem("a1" + "x".repeat(127), null)).as("129 characters")
			.isEqualTo("validation.passwordTooLong");
		// Emoji are one character each although Java counts two chars for them.
		assertThat(PasswordRules.problem("a1" + "😀".repeat(126), null)).isNull();
		assertThat(PasswordRules.problem("password1", null)).isEqualTo("validation.passwordCommon");
		assertThat(PasswordRules.problem("PassWord1", null)).as("any case").isEqualTo("validation.passwordCommon");
		assertThat(PasswordRules.problem("qwerty123", null)).isEqualTo("validation.passwordCommon");
		assertThat(PasswordRules.problem("Sitinurbaya1", "sitinurbaya@contoh.test"))
			.isEqualTo("validation.passwordContainsEmail");
		assertThat(PasswordRules.problem("Kopi" + "SITI" + "2024", "siti@contoh.test"))
			.isEqualTo("validation.passwordContainsEmail");
		assertThat(PasswordRules.problem("KopiSipirok24", "ab@contoh.test")).as("names under 3 characters do not count")
			.isNull();
		assertThat(PasswordRules.commonPasswordCount()).isGreaterThanOrEqualTo(10_000);
	}

	/**
	 * A common word with digits or symbols around it, or with letters written as digits,
	 * is still a common password: the base (edges of digits and symbols stripped, @→a,
	 * 0→o, 1→i/l, 3→e, 4→a, 5→s, $→s, 7→t) is checked against the 10k list and the
	 * Indonesian list. A phrase of several words is fine even if each word is common.
	 */
	@Test
	void aCommonBaseWithDigitsOrSymbolsAroundItIsStillCommon() {
		for (String common : new String[] { "password1234", "password123", "Indonesia123", "admin123", "bismillah123",
				"P@ssw0rd2024!", "123sayang", "!!Merdeka45", "R4h4s14123", "Jakarta2026", "hell0123", "Rahasia123" }) {
			assertThat(PasswordRules.problem(common, null)).as(common).isEqualTo("validation.passwordCommon");
		}
		for (String good : new String[] { "KopiArabika2026!", "tenun-ulos-medan-7", "DiskopSumut24", "Warungsari99",
				"sayang-kopi-sipirok-1", "8januari-kebun-teh" }) {
			assertThat(PasswordRules.problem(good, null)).as(good).isNull();
		}
		assertThat(PasswordRules.indonesianWordCount()).isBetween(50, 200);
	}

	@Test
	void aCommonPasswordIsRefusedOnTheRegistrationFormInBothLanguages() throws Exception {
		mvc.perform(register(WebSession.uniqueEmail("umum"), "password1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kata sandi ini terlalu umum")))
			.andExpect(content().string(containsString("value=\"Usaha Uji\"")));
		mvc.perform(register(WebSession.uniqueEmail("umum"), "password1").cookie(new Cookie("simitra-lang", "en")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This password is too common")));
	}

	@Test
	void aPasswordContainingTheEmailsNameIsRefused() throws Exception {
		String email = WebSession.uniqueEmail("warungsari");
		mvc.perform(register(email, "Warungsari99"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kata sandi tidak boleh memuat nama e-mail Anda")));
	}

	@Test
	void theOfficerFormAppliesTheSameRules() throws Exception {
		var admin = SecurityMockMvcRequestPostProcessors
			.user(new SimitraUser(1L, "admin@contoh.test", "x", true, Role.ADMIN, "Admin"));
		mvc.perform(post("/admin/akun/petugas-baru").with(csrf())
			.with(admin)
			.param("displayName", "Petugas Uji")
			.param("email", WebSession.uniqueEmail("petugas"))
			.param("password", "iloveyou1")
			.param("provinceCode", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kata sandi ini terlalu umum")));
	}

	@Test
	void aHundredCharacterAccentedPasswordIsAcceptedAndLogsIn() throws Exception {
		String email = WebSession.uniqueEmail("aksen");
		mvc.perform(register(email, ACCENTED_100)).andExpect(redirectedUrl("/masuk"));
		String hash = jdbc.sql("select password_hash from account where email = ?")
			.param(email)
			.query(String.class)
			.single();
		assertThat(hash).startsWith("{argon2}");
		WebSession.login(mvc, email, ACCENTED_100);
		// Only the whole password opens it (bcrypt would have ignored everything after 72
		// bytes).
		mvc.perform(post("/masuk").with(csrf())
			.param("email", email)
			.param("password", ACCENTED_100.substring(0, 99) + "2")).andExpect(redirectedUrl("/masuk?gagal"));
	}

	@Test
	void anOldBcryptHashStillLogsInAndIsUpgradedToArgon2id() throws Exception {
		String email = accounts.create(WebSession.uniqueEmail("lama"), "Rahasia123", "Lama", Role.UMKM).email();
		jdbc.sql("update account set password_hash = ? where email = ?")
			.params("{bcrypt}" + new BCryptPasswordEncoder().encode("Rahasia123"), email)
			.update();
		WebSession.login(mvc, email, "Rahasia123");
		assertThat(
				jdbc.sql("select password_hash from account where email = ?").param(email).query(String.class).single())
			.startsWith("{argon2}");
		WebSession.login(mvc, email, "Rahasia123");
	}

	@Test
	void anOverlongPasswordAtLoginIsAnOrdinaryFailedLogin() throws Exception {
		String known = accounts.create(WebSession.uniqueEmail("panjang"), "Rahasia123", "Panjang", Role.UMKM).email();
		for (String email : new String[] { known, WebSession.uniqueEmail("tidak-ada") }) {
			mvc.perform(formLogin("/masuk").userParameter("email")
				.passwordParam("password")
				.user(email)
				.password("x".repeat(500)))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/masuk?gagal"));
		}
	}

	@Test
	void aHashOfAnUnknownAlgorithmIsAnOrdinaryFailedLogin() throws Exception {
		String email = accounts.create(WebSession.uniqueEmail("asing"), "Rahasia123", "Asing", Role.UMKM).email();
		for (String hash : new String[] { "{noop}Rahasia123", "{sha256}abc", "tanpa-awalan" }) {
			jdbc.sql("update account set password_hash = ? where email = ?").params(hash, email).update();
			mvc.perform(formLogin("/masuk").userParameter("email")
				.passwordParam("password")
				.user(email)
				.password("Rahasia123"))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/masuk?gagal"));
		}
	}

	private static MockHttpServletRequestBuilder register(String email, String password) {
		return post("/daftar").with(csrf())
			.param("displayName", "Usaha Uji")
			.param("email", email)
			.param("password", password)
			.param("passwordConfirm", password)
			.param("role", "UMKM");
	}

}
