package id.simitra.account;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.simitra.account.internal.SecondFactor;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;
import id.simitra.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Account recovery through the web layer, with a real SMTP server (GreenMail): the mailed
 * reset link, the same answer for an unknown e-mail, the throttles, the officer's reset
 * code (404 outside the province, recorded in the trail), and the second factor. This
 * context also has SIMITRA_REQUIRE_2FA_ADMIN=true (one context instead of two): only the
 * administrator test logs in as an administrator.
 */
@SimitraTest
class AccountRecoveryTest {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServerAndAdminSecondFactor(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
		registry.add("simitra.security.require-2fa-admin", () -> "true");
	}

	private static final Pattern LINK = Pattern
		.compile("http://portal\\.simitra\\.test(/sandi-baru\\?token=[A-Za-z0-9_-]+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AccountService accounts;

	@Autowired
	SecondFactor secondFactor;

	@Autowired
	JdbcClient jdbc;

	/**
	 * A client address of its own per test, so the address limits of tests never meet.
	 */
	private final String address = "10.13." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);

	@BeforeEach
	void emptyMailbox() throws Exception {
		greenMail.purgeEmailFromAllMailboxes();
	}

	@Test
	void aForgottenPasswordIsResetOnceWithTheMailedLink() throws Exception {
		String email = fixtures.accountEmail(Role.UMKM);
		mvc.perform(post("/lupa-sandi").with(csrf()).with(from(address)).param("email", " " + email.toUpperCase()))
			.andExpect(redirectedUrl("/lupa-sandi/terkirim"));
		assertThat(greenMail.waitForIncomingEmail(10_000, 1)).isTrue();
		MimeMessage mail = greenMail.getReceivedMessages()[0];
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(email);
		Matcher link = LINK.matcher(GreenMailUtil.getBody(mail).replace("=\r\n", ""));
		assertThat(link.find()).as("reset link in " + GreenMailUtil.getBody(mail)).isTrue();
		String path = link.group(1).replace("=3D", "=");
		String token = path.substring(path.indexOf('=') + 1);

		mvc.perform(get(path)).andExpect(status().isOk());
		mvc.perform(get(path)).andExpect(status().isOk()); // a GET (a mail scanner) uses
															// nothing up
		String html = mvc
			.perform(post("/sandi-baru").with(csrf())
				.param("token", token)
				.param("password", "pendek")
				.param("passwordConfirm", "pendek"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("is-invalid");
		mvc.perform(post("/sandi-baru").with(csrf())
			.param("token", token)
			.param("password", "Tenun-Ulos-Baru-7")
			.param("passwordConfirm", "Tenun-Ulos-Baru-7")).andExpect(redirectedUrl("/masuk"));
		WebSession.login(mvc, email, "Tenun-Ulos-Baru-7");
		mvc.perform(post("/masuk").with(csrf()).param("email", email).param("password", WebSession.PASSWORD))
			.andExpect(redirectedUrl("/masuk?gagal"));
		assertThat(mvc
			.perform(post("/sandi-baru").with(csrf())
				.param("token", token)
				.param("password", "Tenun-Ulos-Lagi-8")
				.param("passwordConfirm", "Tenun-Ulos-Lagi-8"))
			.andReturn()
			.getResponse()
			.getContentAsString()).as("the link a second time").contains("sudah tidak berlaku");
		assertThat(trail(accounts.findByEmail(email).orElseThrow().id())).containsExactly("PASSWORD_RESET_BY_LINK");
	}

	@Test
	void aNewEmailCountsOnceItsMailedLinkIsConfirmedAndTheOldAddressIsTold() throws Exception {
		String email = fixtures.accountEmail(Role.COMPANY);
		String newEmail = WebSession.uniqueEmail("baru");
		MockHttpSession session = WebSession.login(mvc, email, WebSession.PASSWORD);
		mvc.perform(post("/akun/email").with(csrf())
			.session(session)
			.param("email", newEmail)
			.param("currentPassword", "salah-sandi-1")).andExpect(status().isOk());
		mvc.perform(post("/akun/email").with(csrf())
			.session(session)
			.param("email", newEmail)
			.param("currentPassword", WebSession.PASSWORD)).andExpect(redirectedUrl("/akun"));
		assertThat(greenMail.waitForIncomingEmail(10_000, 1)).isTrue();
		MimeMessage mail = greenMail.getReceivedMessages()[0];
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(newEmail);
		Matcher link = Pattern.compile("http://portal\\.simitra\\.test(/akun/email/konfirmasi\\?token=[A-Za-z0-9_-]+)")
			.matcher(GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "="));
		assertThat(link.find()).isTrue();
		WebSession.login(mvc, email, WebSession.PASSWORD); // nothing changed yet
		String confirm = mvc.perform(get(link.group(1))).andReturn().getResponse().getContentAsString();
		assertThat(confirm).contains(newEmail);
		mvc.perform(post("/akun/email/konfirmasi").with(csrf())
			.param("token", link.group(1).substring(link.group(1).indexOf('=') + 1)))
			.andExpect(redirectedUrl("/masuk"));
		WebSession.login(mvc, newEmail, WebSession.PASSWORD);
		mvc.perform(post("/masuk").with(csrf()).param("email", email).param("password", WebSession.PASSWORD))
			.andExpect(redirectedUrl("/masuk?gagal"));
		assertThat(greenMail.waitForIncomingEmail(10_000, 2)).isTrue();
		assertThat(greenMail.getReceivedMessages()[1].getAllRecipients()[0].toString()).as("the old address is told")
			.isEqualTo(email);
		assertThat(trail(accounts.findByEmail(newEmail).orElseThrow().id())).containsExactly("EMAIL_CHANGED");
	}

	@Test
	void anUnknownEmailGetsTheSameAnswerAndNoMail() throws Exception {
		MvcResult known = mvc.perform(
				post("/lupa-sandi").with(csrf()).with(from(address)).param("email", fixtures.accountEmail(Role.UMKM)))
			.andReturn();
		MvcResult unknown = mvc
			.perform(post("/lupa-sandi").with(csrf())
				.with(from(address))
				.param("email", "tidak-ada-" + UUID.randomUUID() + "@contoh.test"))
			.andReturn();
		assertThat(unknown.getResponse().getStatus()).isEqualTo(known.getResponse().getStatus());
		assertThat(unknown.getResponse().getRedirectedUrl()).isEqualTo(known.getResponse().getRedirectedUrl());
		assertThat(greenMail.waitForIncomingEmail(10_000, 1)).isTrue();
		assertThat(greenMail.waitForIncomingEmail(1_500, 2)).as("a mail for the unknown e-mail").isFalse();
		String page = mvc.perform(get("/lupa-sandi/terkirim").flashAttrs(unknown.getFlashMap()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Jika tidak-ada-").contains("terdaftar di Simitra");
	}

	@Test
	void resetMailsAreLimitedPerEmailAndRequestsPerAddress() throws Exception {
		String email = fixtures.accountEmail(Role.UMKM);
		for (int i = 0; i < 5; i++) {
			// from five addresses: only the e-mail's limit applies
			mvc.perform(post("/lupa-sandi").with(csrf()).with(from(address + "." + i)).param("email", email))
				.andExpect(redirectedUrl("/lupa-sandi/terkirim"));
		}
		assertThat(greenMail.waitForIncomingEmail(10_000, 3)).isTrue();
		assertThat(greenMail.waitForIncomingEmail(1_500, 4)).as("a fourth mail within the hour").isFalse();

		for (int i = 0; i < 10; i++) {
			mvc.perform(post("/lupa-sandi").with(csrf())
				.with(from(address))
				.param("email", "orang" + i + "-" + UUID.randomUUID() + "@contoh.test"))
				.andExpect(redirectedUrl("/lupa-sandi/terkirim"));
		}
		String refused = mvc.perform(post("/lupa-sandi").with(csrf()).with(from(address)).param("email", email))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("Terlalu banyak permintaan dari alamat ini. Coba lagi dalam 60 menit.")
			.contains("value=\"" + email + "\"");
		mvc.perform(post("/lupa-sandi").with(csrf()).with(from(address + ".9")).param("email", "x@contoh.test"))
			.andExpect(redirectedUrl("/lupa-sandi/terkirim"));
	}

	@Test
	void anOfficerIssuesACodeOnlyForOwnersOfTheProvinceAndTheIssuingIsRecorded() throws Exception {
		Long owner = fixtures.account(Role.UMKM);
		fixtures.umkmOwnedBy(owner, "Tenun Ulos Siregar " + UUID.randomUUID(), "12.71", "13121");
		Long company = fixtures.account(Role.COMPANY);
		MockHttpSession sumut = WebSession.login(mvc, fixtures.officerEmail("12"), WebSession.PASSWORD);
		MockHttpSession kalsel = WebSession.login(mvc, fixtures.officerEmail("63"), WebSession.PASSWORD);
		MockHttpSession none = WebSession.login(mvc, fixtures.officerEmail(null), WebSession.PASSWORD);

		for (MockHttpSession other : new MockHttpSession[] { kalsel, none }) {
			mvc.perform(get("/petugas/akun/" + owner + "/kode-reset").session(other)).andExpect(status().isNotFound());
			mvc.perform(post("/petugas/akun/" + owner + "/kode-reset").with(csrf()).session(other))
				.andExpect(status().isNotFound());
		}
		mvc.perform(get("/petugas/akun/" + company + "/kode-reset").session(sumut)).andExpect(status().isNotFound());
		assertThat(trail(owner)).isEmpty();

		String ownerEmail = accounts.find(owner).orElseThrow().email();
		assertThat(mvc.perform(get("/petugas/akun").param("email", ownerEmail).session(kalsel))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain("/petugas/akun/" + owner + "/kode-reset");
		assertThat(mvc.perform(get("/petugas/akun").param("email", ownerEmail).session(sumut))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("/petugas/akun/" + owner + "/kode-reset");
		mvc.perform(get("/petugas/akun/" + owner + "/kode-reset").session(sumut)).andExpect(status().isOk());
		String page = mvc.perform(post("/petugas/akun/" + owner + "/kode-reset").with(csrf()).session(sumut))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher shown = Pattern.compile("id=\"reset-code\">([0-9A-Z-]{14})<").matcher(page);
		assertThat(shown.find()).isTrue();
		String code = shown.group(1);

		Long officerId = jdbc.sql("select actor_id from account_audit where account_id = ? and action = ?")
			.params(owner, "RESET_CODE_ISSUED")
			.query(Long.class)
			.single();
		assertThat(accounts.find(officerId).orElseThrow().provinceCode()).isEqualTo("12");
		assertThat(jdbc.sql("select count(*) from account_token where account_id = ? and token_hash = ?")
			.params(owner, code)
			.query(Long.class)
			.single()).as("the code in plain text").isZero();

		// The owner types it once, with a new password; the code is spent.
		mvc.perform(post("/lupa-sandi/kode").with(csrf())
			.with(from(address))
			.param("email", ownerEmail)
			.param("code", code.toLowerCase())
			.param("password", "Songket-Batu-Bara-5")
			.param("passwordConfirm", "Songket-Batu-Bara-5")).andExpect(redirectedUrl("/masuk"));
		WebSession.login(mvc, ownerEmail, "Songket-Batu-Bara-5");
		String again = mvc
			.perform(post("/lupa-sandi/kode").with(csrf())
				.with(from(address))
				.param("email", ownerEmail)
				.param("code", code)
				.param("password", "Songket-Batu-Bara-6")
				.param("passwordConfirm", "Songket-Batu-Bara-6"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(again).contains("E-mail atau kode salah");
		assertThat(trail(owner)).containsExactly("PASSWORD_RESET_BY_CODE", "RESET_CODE_ISSUED");
		String ownerPage = mvc.perform(get("/akun").session(WebSession.login(mvc, ownerEmail, "Songket-Batu-Bara-5")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(ownerPage).contains("Kode reset kata sandi dibuat").contains("oleh Uji OFFICER");
	}

	@Test
	void anOfficerEnrolsATotpFactorAndLogsInWithItOrARecoveryCodeOnce() throws Exception {
		String email = fixtures.officerEmail("12");
		MockHttpSession session = WebSession.login(mvc, email, WebSession.PASSWORD);
		String setup = mvc.perform(get("/akun/dua-langkah").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher key = Pattern.compile("id=\"totp-secret\">([A-Z2-7 ]+)<").matcher(setup);
		assertThat(key.find()).isTrue();
		String secret = key.group(1);
		assertThat(setup).contains("<svg").contains("otpauth://totp/Simitra:");
		mvc.perform(post("/akun/dua-langkah").with(csrf()).session(session).param("code", "000000"))
			.andExpect(status().isOk());
		String codesPage = mvc
			.perform(post("/akun/dua-langkah").with(csrf())
				.session(session)
				.param("code", secondFactor.codeAt(secret, java.time.Instant.now())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher codes = Pattern.compile("<li>([0-9a-z]{5}-[0-9a-z]{5})</li>").matcher(codesPage);
		assertThat(codes.find()).isTrue();
		String recoveryCode = codes.group(1);
		assertThat(jdbc.sql(
				"select secret_encrypted from account_second_factor a join account on account.id = a.account_id where email = ?")
			.param(email)
			.query(String.class)
			.single()).as("stored encrypted").doesNotContain(secret.replace(" ", ""));

		// The password alone no longer logs in: no page but the second step.
		MockHttpSession half = (MockHttpSession) mvc
			.perform(post("/masuk").with(csrf()).param("email", email).param("password", WebSession.PASSWORD))
			.andExpect(redirectedUrl("/masuk/dua-langkah"))
			.andReturn()
			.getRequest()
			.getSession(false);
		mvc.perform(get("/petugas").session(half)).andExpect(redirectedUrl("/masuk"));
		mvc.perform(get("/akun").session(half)).andExpect(redirectedUrl("/masuk"));
		mvc.perform(post("/masuk/dua-langkah").with(csrf()).session(half).param("code", "123456"))
			.andExpect(status().isOk());
		mvc.perform(post("/masuk/dua-langkah").with(csrf())
			.session(half)
			.param("code", secondFactor.codeAt(secret, java.time.Instant.now().plusSeconds(30))))
			.andExpect(redirectedUrl("/akun?continue")); // back to the page asked for
															// before
		mvc.perform(get("/petugas").session(half)).andExpect(status().isOk());

		MockHttpSession second = (MockHttpSession) mvc
			.perform(post("/masuk").with(csrf()).param("email", email).param("password", WebSession.PASSWORD))
			.andReturn()
			.getRequest()
			.getSession(false);
		mvc.perform(post("/masuk/dua-langkah").with(csrf())
			.session(second)
			.param("code", secondFactor.codeAt(secret, java.time.Instant.now().plusSeconds(30))))
			.andExpect(status().isOk()); // the same code twice
		mvc.perform(post("/masuk/dua-langkah").with(csrf()).session(second).param("code", recoveryCode.toUpperCase()))
			.andExpect(redirectedUrl("/dasbor"));
		MockHttpSession third = (MockHttpSession) mvc
			.perform(post("/masuk").with(csrf()).param("email", email).param("password", WebSession.PASSWORD))
			.andReturn()
			.getRequest()
			.getSession(false);
		mvc.perform(post("/masuk/dua-langkah").with(csrf()).session(third).param("code", recoveryCode))
			.andExpect(status().isOk()); // a recovery code twice
		Long id = accounts.findByEmail(email).orElseThrow().id();
		assertThat(secondFactor.recoveryCodesLeft(id)).isEqualTo(SecondFactor.RECOVERY_CODES - 1);
		assertThat(trail(id)).containsExactly("RECOVERY_CODE_USED", "SECOND_FACTOR_ENABLED");
	}

	@Test
	void anAdministratorMustEnrolBeforeTheLoginCompletesWhenTheSettingIsOn() throws Exception {
		String email = fixtures.accountEmail(Role.ADMIN);
		MockHttpSession session = (MockHttpSession) mvc
			.perform(post("/masuk").with(csrf()).param("email", email).param("password", WebSession.PASSWORD))
			.andExpect(redirectedUrl("/masuk/dua-langkah/daftar"))
			.andReturn()
			.getRequest()
			.getSession(false);
		mvc.perform(get("/admin/akun").session(session)).andExpect(redirectedUrl("/masuk"));
		String setup = mvc.perform(get("/masuk/dua-langkah/daftar").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher key = Pattern.compile("id=\"totp-secret\">([A-Z2-7 ]+)<").matcher(setup);
		assertThat(key.find()).isTrue();
		mvc.perform(post("/masuk/dua-langkah/daftar").with(csrf())
			.session(session)
			.param("code", secondFactor.codeAt(key.group(1), java.time.Instant.now()))).andExpect(status().isOk());
		mvc.perform(get("/admin/akun").session(session)).andExpect(status().isOk());
		// Required: it cannot be switched off.
		mvc.perform(post("/akun/dua-langkah/nonaktif").with(csrf())
			.session(session)
			.param("currentPassword", WebSession.PASSWORD)).andExpect(redirectedUrl("/akun"));
		Long adminId = accounts.findByEmail(email).orElseThrow().id();
		assertThat(secondFactor.enabled(adminId)).isTrue();

		// An officer who lost phone and recovery codes: the administrator switches the
		// factor off.
		String officerEmail = fixtures.officerEmail("12");
		Long officer = accounts.findByEmail(officerEmail).orElseThrow().id();
		String secret = SecondFactor.newSecret();
		assertThat(secondFactor.enable(officer, secret, secondFactor.codeAt(secret, java.time.Instant.now()), null))
			.isPresent();
		mvc.perform(post("/masuk").with(csrf()).param("email", officerEmail).param("password", WebSession.PASSWORD))
			.andExpect(redirectedUrl("/masuk/dua-langkah"));
		assertThat(mvc.perform(get("/admin/akun/" + officer + "/kode-reset").session(session))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("/admin/akun/" + officer + "/dua-langkah/nonaktif");
		mvc.perform(post("/admin/akun/" + officer + "/dua-langkah/nonaktif").with(csrf()).session(session))
			.andExpect(redirectedUrl("/admin/akun/" + officer + "/kode-reset"));
		assertThat(secondFactor.enabled(officer)).isFalse();
		assertThat(jdbc.sql("select actor_id from account_audit where account_id = ? and action = ?")
			.params(officer, "SECOND_FACTOR_DISABLED")
			.query(Long.class)
			.single()).isEqualTo(adminId);
		// An officer is not required to have one.
		WebSession.login(mvc, officerEmail, WebSession.PASSWORD);
	}

	private java.util.List<String> trail(Long accountId) {
		return jdbc.sql("select action from account_audit where account_id = ? order by at desc, id desc")
			.param(accountId)
			.query(String.class)
			.list();
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
