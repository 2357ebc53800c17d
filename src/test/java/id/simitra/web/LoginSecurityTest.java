package id.simitra.web;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.simitra.account.Role;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;
import id.simitra.support.WebSession;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** Login throttling through the real login form (the throttle's timing: LoginThrottleTest). */
@SimitraTest
class LoginSecurityTest {

	/** Each test logs in from its own address, so the per-address limit of one test never touches another. */
	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword() throws Exception {
		String email = fixtures.accountEmail(Role.UMKM);
		RequestPostProcessor from = from(newAddress());
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/masuk").with(csrf()).with(from).param("email", email).param("password", "Salah12345"))
				.andExpect(redirectedUrl("/masuk?gagal"));
		}
		// Another address does not help: the account itself is locked.
		mvc.perform(post("/masuk").with(csrf())
			.with(from(newAddress()))
			.param("email", email)
			.param("password", WebSession.PASSWORD)).andExpect(redirectedUrl("/masuk?terkunci"));
		mvc.perform(get("/masuk?terkunci"))
			.andExpect(content().string(containsString("Terlalu banyak percobaan masuk. Coba lagi dalam 15 menit.")));
		mvc.perform(get("/masuk?terkunci").cookie(new Cookie("simitra-lang", "en")))
			.andExpect(content().string(containsString("Too many login attempts. Try again in 15 minutes.")));
		// Other accounts are not affected.
		WebSession.login(mvc, fixtures.accountEmail(Role.UMKM), WebSession.PASSWORD);
	}

	@Test
	void twentyFailuresFromOneAddressBlockLoginsFromIt() throws Exception {
		RequestPostProcessor from = from(newAddress());
		for (int i = 0; i < 20; i++) {
			mvc.perform(post("/masuk").with(csrf())
				.with(from)
				.param("email", WebSession.uniqueEmail("tebak"))
				.param("password", "Salah12345")).andExpect(redirectedUrl("/masuk?gagal"));
		}
		String email = fixtures.accountEmail(Role.COMPANY);
		mvc.perform(post("/masuk").with(csrf()).with(from).param("email", email).param("password", WebSession.PASSWORD))
			.andExpect(redirectedUrl("/masuk?terkunci"));
		mvc.perform(post("/masuk").with(csrf())
			.with(from(newAddress()))
			.param("email", email)
			.param("password", WebSession.PASSWORD)).andExpect(redirectedUrl("/dasbor"));
	}

	private static String newAddress() {
		int n = ADDRESSES.incrementAndGet();
		return "10.77." + (n / 250) + "." + (n % 250 + 1);
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
