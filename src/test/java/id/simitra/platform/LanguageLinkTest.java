package id.simitra.platform;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import id.simitra.support.SimitraTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Switching the language keeps the page's query: a search in the directory survives it
 * (issue 16), encoded as it came, with the language replaced rather than added twice.
 */
@SimitraTest
class LanguageLinkTest {

	@Autowired
	MockMvc mvc;

	@Test
	void theSwitchKeepsTheSearch() throws Exception {
		// a URI, not a template: MockMvc would encode the % of a template once more
		mvc.perform(get(URI.create("/direktori?q=kopi%20bubuk&kelas=MIKRO")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"?q=kopi%20bubuk&amp;kelas=MIKRO&amp;lang=en\"")));
		mvc.perform(get("/direktori?q=kopi&lang=en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"?q=kopi&amp;lang=id\"")))
			.andExpect(content().string(not(containsString("lang=en&amp;lang=id"))));
	}

	@Test
	void aPageWithoutQueryGetsOnlyTheLanguage() throws Exception {
		mvc.perform(get("/")).andExpect(content().string(containsString("href=\"?lang=en\"")));
	}

}
