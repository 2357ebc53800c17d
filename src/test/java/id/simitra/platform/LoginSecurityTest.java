package id.simitra.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.simitra.account.AccountService;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Login throttling through the real login form (the delays' arithmetic:
 * LoginThrottleTest), the canonical e-mail at login, and the sessions' absolute lifetime.
 */
@SimitraTest
class LoginSecurityTest {

	/**
	 * Each test logs in from its own address, so the per-address limit of one test never
	 * touches another.
	 */
	private static final AtomicInteger ADDRESSES = new AtomicInteger(
			(int) (System.currentTimeMillis() / 1000 % 50_000));

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AccountService accounts;

	@Test
	void theOwnerGetsInRightAfterAnAttackersTwentyFailuresFromAnotherAddress() throws Exception {
		String email = fixtures.accountEmail(Role.ADMIN);
		RequestPostProcessor attacker = from(newAddress());
		for (int i = 0; i < 20; i++) {
			mvc.perform(
					post("/masuk").with(csrf()).with(attacker).param("email", email).param("password", "Salah12345"));
		}
		// No lock: the right password from an address without failures gets in at once.
		mvc.perform(post("/masuk").with(csrf())
			.with(from(newAddress()))
			.param("email", email)
			.param("password", WebSession.PASSWORD)).andExpect(redirectedUrl("/dasbor"));
	}

	@Test
	void repeatedFailuresFromOneAddressAskForAShortWaitShownOnTheForm() throws Exception {
		String email = fixtures.accountEmail(Role.UMKM);
		RequestPostProcessor from = from(newAddress());
		for (int i = 0; i < 3; i++) {
			mvc.perform(post("/masuk").with(csrf()).with(from).param("email", email).param("password", "Salah12345"))
				.andExpect(redirectedUrl("/masuk?gagal"));
		}
		// The fourth attempt from the same address waits, even with the right password;
		// the form says how long.
		mvc.perform(post("/masuk").with(csrf()).with(from).param("email", email).param("password", WebSession.PASSWORD))
			.andExpect(redirectedUrlPattern("/masuk?tunggu=*"));
		mvc.perform(get("/masuk?tunggu=4"))
			.andExpect(content().string(containsString("Terlalu banyak percobaan masuk. Coba lagi dalam 4 detik.")));
		mvc.perform(get("/masuk?tunggu=4").cookie(new Cookie("simitra-lang", "en")))
			.andExpect(content().string(containsString("Too many login attempts. Try again in 4 seconds.")));
		mvc.perform(get("/masuk?tunggu=abc")).andExpect(status().isOk());
		// Meanwhile the owner, from another address, gets in.
		mvc.perform(post("/masuk").with(csrf())
			.with(from(newAddress()))
			.param("email", email)
			.param("password", WebSession.PASSWORD)).andExpect(redirectedUrl("/dasbor"));
	}

	@Test
	void aFailedLoginKeepsTheTypedEmailAndSaysWhatWentWrong() throws Exception {
		String email = fixtures.accountEmail(Role.UMKM);
		MockHttpSession session = new MockHttpSession();
		mvc.perform(post("/masuk").with(csrf())
			.with(from(newAddress()))
			.session(session)
			.param("email", email)
			.param("password", "Salah12345")).andExpect(redirectedUrl("/masuk?gagal"));
		mvc.perform(get("/masuk?gagal").session(session))
			.andExpect(content().string(containsString("value=\"" + email + "\"")))
			.andExpect(content().string(containsString("E-mail atau kata sandi salah")));
		// The e-mail is kept for one view only, not for every later visit.
		mvc.perform(get("/masuk").session(session))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(email))));

		MockHttpSession english = new MockHttpSession();
		mvc.perform(post("/masuk").with(csrf())
			.with(from(newAddress()))
			.session(english)
			.param("email", email)
			.param("password", "")).andExpect(redirectedUrl("/masuk?gagal=kosong"));
		mvc.perform(get("/masuk?gagal=kosong").session(english).cookie(new Cookie("simitra-lang", "en")))
			.andExpect(content().string(containsString("value=\"" + email + "\"")))
			.andExpect(content().string(containsString("Enter both your e-mail and your password")));
	}

	/**
	 * One attacker behind an office's NAT address must not keep the office out: an
	 * account that logged in from that address before gets in at once after the
	 * attacker's failures there; an account never seen there waits.
	 */
	@Test
	void anAttackersFailuresFromASharedAddressDoNotKeepOutAccountsKnownThere() throws Exception {
		RequestPostProcessor office = from(newAddress());
		String known = fixtures.accountEmail(Role.UMKM);
		mvc.perform(
				post("/masuk").with(csrf()).with(office).param("email", known).param("password", WebSession.PASSWORD))
			.andExpect(redirectedUrl("/dasbor"));
		for (int i = 0; i < 21; i++) {
			mvc.perform(post("/masuk").with(csrf())
				.with(office)
				.param("email", WebSession.uniqueEmail("tebak"))
				.param("password", "Salah12345"));
		}
		mvc.perform(
				post("/masuk").with(csrf()).with(office).param("email", known).param("password", WebSession.PASSWORD))
			.andExpect(redirectedUrl("/dasbor"));
		String stranger = accounts.create(WebSession.uniqueEmail("asing"), WebSession.PASSWORD, "Asing", Role.UMKM)
			.email();
		mvc.perform(post("/masuk").with(csrf())
			.with(office)
			.param("email", stranger)
			.param("password", WebSession.PASSWORD)).andExpect(redirectedUrlPattern("/masuk?tunggu=*"));
	}

	@Test
	void twentyFailuresFromOneAddressMakeLoginsFromItWait() throws Exception {
		RequestPostProcessor from = from(newAddress());
		for (int i = 0; i < 20; i++) {
			mvc.perform(post("/masuk").with(csrf())
				.with(from)
				.param("email", WebSession.uniqueEmail("tebak"))
				.param("password", "Salah12345")).andExpect(redirectedUrl("/masuk?gagal"));
		}
		String email = fixtures.accountEmail(Role.COMPANY);
		mvc.perform(post("/masuk").with(csrf()).with(from).param("email", email).param("password", WebSession.PASSWORD))
			.andExpect(redirectedUrlPattern("/masuk?tunggu=*"));
		mvc.perform(post("/masuk").with(csrf())
			.with(from(newAddress()))
			.param("email", email)
			.param("password", WebSession.PASSWORD)).andExpect(redirectedUrl("/dasbor"));
	}

	/**
	 * U+0130 (capital I with dot) lower-cases to "i" in PostgreSQL but to "i" + U+0307 in
	 * Java: looking accounts up with one and counting failures with the other gave an
	 * attacker fresh guesses. One canonical form for both.
	 */
	@Test
	void aDottedCapitalIIsTheSameAccountForLoginAndForTheThrottle() throws Exception {
		String email = "siti-" + newAddress().replace('.', '-') + "@contoh.test";
		accounts.create(email, WebSession.PASSWORD, "Siti", Role.UMKM);
		String dotted = email.toUpperCase(java.util.Locale.ROOT).replace('I', '\u0130');
		RequestPostProcessor from = from(newAddress());
		for (int i = 0; i < 3; i++) {
			mvc.perform(post("/masuk").with(csrf()).with(from).param("email", dotted).param("password", "Salah12345"))
				.andExpect(redirectedUrl("/masuk?gagal"));
		}
		mvc.perform(post("/masuk").with(csrf()).with(from).param("email", email).param("password", WebSession.PASSWORD))
			.andExpect(redirectedUrlPattern("/masuk?tunggu=*"));
		// Written with the dotted capital or in full-width letters it is still the same
		// account.
		mvc.perform(post("/masuk").with(csrf())
			.with(from(newAddress()))
			.param("email", dotted)
			.param("password", WebSession.PASSWORD)).andExpect(redirectedUrl("/dasbor"));
		mvc.perform(post("/masuk").with(csrf())
			.with(from(newAddress()))
			.param("email", fullWidth(email))
			.param("password", WebSession.PASSWORD)).andExpect(redirectedUrl("/dasbor"));
	}

	@Test
	void aSessionEndsTwelveHoursAfterLoginEvenWhileInUse() throws Exception {
		MockHttpSession session = WebSession.login(mvc, fixtures.accountEmail(Role.COMPANY), WebSession.PASSWORD);
		mvc.perform(get("/notifikasi").session(session)).andExpect(status().isOk());
		String loginAt = "simitra.loginAt";
		session.setAttribute(loginAt, Instant.now().minus(Duration.ofHours(11).plusMinutes(59)));
		mvc.perform(get("/notifikasi").session(session)).andExpect(status().isOk());
		session.setAttribute(loginAt, Instant.now().minus(Duration.ofHours(12).plusMinutes(1)));
		mvc.perform(get("/notifikasi").session(session)).andExpect(redirectedUrl("/masuk?kedaluwarsa"));
		mvc.perform(get("/notifikasi").session(session)).andExpect(redirectedUrl("/masuk"));
		mvc.perform(get("/masuk?kedaluwarsa"))
			.andExpect(content()
				.string(containsString("Sesi Anda sudah berakhir (12 jam sejak masuk). Silakan masuk lagi.")));
	}

	/**
	 * "This e-mail is already registered" tells whether someone has an account, so one
	 * address gets that answer at most ten times an hour; then the form asks it to wait
	 * (and registers nobody), other addresses are unaffected.
	 */
	@Test
	void registrationTellsATakenEmailAtMostTenTimesAnHourPerAddress() throws Exception {
		RequestPostProcessor from = from(newAddress());
		for (int i = 0; i < 10; i++) {
			mvc.perform(registration(fixtures.accountEmail(Role.UMKM)).with(from))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("E-mail ini sudah terdaftar.")));
		}
		String taken = fixtures.accountEmail(Role.UMKM);
		mvc.perform(registration(taken).with(from))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("E-mail ini sudah terdaftar."))))
			.andExpect(content().string(containsString("Terlalu banyak pendaftaran dari alamat ini. Coba lagi dalam")));
		mvc.perform(registration(WebSession.uniqueEmail("baru")).with(from))
			.andExpect(content().string(containsString("Terlalu banyak pendaftaran dari alamat ini.")));
		mvc.perform(registration(taken).with(from(newAddress())))
			.andExpect(content().string(containsString("E-mail ini sudah terdaftar.")));
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder registration(
			String email) {
		return post("/daftar").with(csrf())
			.param("displayName", "Usaha Uji")
			.param("email", email)
			.param("password", WebSession.PASSWORD)
			.param("passwordConfirm", WebSession.PASSWORD)
			.param("role", "UMKM");
	}

	private static String fullWidth(String ascii) {
		StringBuilder s = new StringBuilder();
		ascii.chars().forEach(c -> s.append(c >= '!' && c <= '~' ? (char) (c - '!' + '\uFF01') : (char) c));
		return s.toString();
	}

	private static String newAddress() {
		int n = ADDRESSES.incrementAndGet();
		return "10.77." + (n / 250 % 250) + "." + (n % 250 + 1);
	}

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
