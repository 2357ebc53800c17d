package id.simitra.platform.bench;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import id.simitra.support.SimitraTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The benchmark's yardstick page is not part of the product: without the profile
 * {@code bench} neither the page nor its security chain exists, and its URL is an unknown
 * one (404). BenchProfilePageTest shows the same URL answering with the profile.
 */
@SimitraTest
class BenchPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void theYardstickPageDoesNotExistInTheProduct() throws Exception {
		mvc.perform(get(BenchProfilePageTest.PAGE)).andExpect(status().isNotFound());
		assertThat(context.getBeanNamesForType(BareController.class)).isEmpty();
		assertThat(context.getBeanNamesForType(BenchSecurity.class)).isEmpty();
	}

}
