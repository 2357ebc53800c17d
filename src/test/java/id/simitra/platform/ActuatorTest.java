package id.simitra.platform;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import id.simitra.account.Role;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;
import id.simitra.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Health is public and says only UP/DOWN; readiness names the database; metrics are for
 * administrators.
 */
@SimitraTest
class ActuatorTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void anyoneSeesWhetherThePortalIsUpButNoDetails() throws Exception {
		mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist());
		mvc.perform(get("/actuator/health/liveness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components.db").doesNotExist());
	}

	@Test
	void readinessIncludesTheDatabase() throws Exception {
		mvc.perform(get("/actuator/health/readiness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components.db.status").value("UP"))
			.andExpect(jsonPath("$.components.readinessState.status").value("UP"))
			// Which database and which version is nobody's business but the
			// administrators'.
			.andExpect(jsonPath("$.components.db.details").doesNotExist());
	}

	@Test
	void metricsAreNotPublic() throws Exception {
		for (String path : new String[] { "/actuator/prometheus", "/actuator/metrics", "/actuator/info",
				"/actuator/health/db", "/actuator", "/actuator/env" }) {
			int anonymous = mvc.perform(get(path)).andReturn().getResponse().getStatus();
			assertThat(anonymous).as(path).isIn(302, 401, 403);
		}
		MockHttpSession umkm = WebSession.login(mvc, fixtures.accountEmail(Role.UMKM), WebSession.PASSWORD);
		mvc.perform(get("/actuator/prometheus").session(umkm)).andExpect(status().isForbidden());
		MockHttpSession officer = WebSession.login(mvc, fixtures.accountEmail(Role.OFFICER), WebSession.PASSWORD);
		mvc.perform(get("/actuator/metrics").session(officer)).andExpect(status().isForbidden());
	}

	/**
	 * The absolute session lifetime holds on every chain that accepts a session, the
	 * scrape's too.
	 */
	@Test
	void anAdministratorsSessionPastItsLifetimeNoLongerScrapes() throws Exception {
		MockHttpSession admin = WebSession.login(mvc, fixtures.accountEmail(Role.ADMIN), WebSession.PASSWORD);
		mvc.perform(get("/actuator/prometheus").session(admin)).andExpect(status().isOk());
		admin.setAttribute("simitra.loginAt", Instant.now().minus(Duration.ofHours(12).plusMinutes(1)));
		mvc.perform(get("/actuator/prometheus").session(admin)).andExpect(redirectedUrl("/masuk?kedaluwarsa"));
		assertThat(admin.isInvalid()).isTrue();
	}

	@Test
	void anAdministratorScrapesPrometheusText() throws Exception {
		MockHttpSession admin = WebSession.login(mvc, fixtures.accountEmail(Role.ADMIN), WebSession.PASSWORD);
		mvc.perform(get("/direktori").session(admin)).andExpect(status().isOk());
		mvc.perform(get("/actuator/prometheus").session(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("# TYPE jvm_memory_used_bytes gauge")))
			.andExpect(content().string(containsString("hikaricp_connections")))
			.andExpect(content().string(containsString("application=\"simitra\"")));
		mvc.perform(get("/actuator/metrics").session(admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.names").isArray());
		mvc.perform(get("/actuator/info").session(admin)).andExpect(status().isOk());
		mvc.perform(get("/actuator/health").session(admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.db.status").value("UP"));
	}

	/** The scraper account of application-test.properties (simitra.metrics.*). */
	static final String SCRAPER = "prometheus-test";

	static final String SCRAPER_PASSWORD = "scrape-secret-for-tests";

	@Test
	void aMonitoringServerScrapesWithBasicAuthenticationAndNoSession() throws Exception {
		var result = mvc.perform(get("/actuator/prometheus").with(httpBasic(SCRAPER, SCRAPER_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("# TYPE jvm_memory_used_bytes gauge")))
			.andReturn();
		// Every scrape would otherwise leave a session row behind.
		assertThat(result.getRequest().getSession(false)).isNull();
		assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
	}

	@Test
	void aWrongScrapePasswordIsRefusedWithABasicChallenge() throws Exception {
		mvc.perform(get("/actuator/prometheus").with(httpBasic(SCRAPER, "wrong")))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("Basic")));
		mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
		// A portal account's password does not work as a scrape credential, not even an
		// administrator's.
		mvc.perform(get("/actuator/prometheus").with(httpBasic(fixtures.accountEmail(Role.ADMIN), WebSession.PASSWORD)))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void theScraperAccountOpensNothingButTheScrape() throws Exception {
		for (String path : new String[] { "/actuator/metrics", "/actuator/info", "/actuator/env", "/dasbor", "/petugas",
				"/admin/akun" }) {
			int status = mvc.perform(get(path).with(httpBasic(SCRAPER, SCRAPER_PASSWORD)))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(status).as(path).isIn(302, 401, 403);
		}
	}

}
