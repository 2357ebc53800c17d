package id.simitra.platform.bench;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

import id.simitra.support.TestDatabase;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With the profile {@code bench} the yardstick page answers anyone: one query, a tiny
 * template, no layout (the navigation bar of every product page is absent).
 */
@SpringBootTest(
		properties = "spring.autoconfigure.exclude=org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration")
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "bench" })
@ContextConfiguration(initializers = TestDatabase.class)
class BenchProfilePageTest {

	static final String PAGE = "/bench/bare";

	@Autowired
	MockMvc mvc;

	@Test
	void theYardstickPageAnswersWithTheProfile() throws Exception {
		mvc.perform(get(PAGE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<p>Kota Medan</p>")))
			.andExpect(content().string(not(containsString("navbar"))));
	}

}
