package id.simitra.support;

import java.util.UUID;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** Registration and real form login through the web layer, as a person does it. */
public final class WebSession {

	public static final String PASSWORD = "KopiSipirok24";

	private WebSession() {
	}

	public static String uniqueEmail(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@contoh.test";
	}

	public static void register(MockMvc mvc, String email, String name, String role) throws Exception {
		mvc.perform(post("/daftar").with(csrf())
			.param("displayName", name)
			.param("email", email)
			.param("password", PASSWORD)
			.param("passwordConfirm", PASSWORD)
			.param("role", role)).andExpect(redirectedUrl("/masuk"));
	}

	public static MockHttpSession login(MockMvc mvc, String email, String password) throws Exception {
		MvcResult result = mvc.perform(post("/masuk").with(csrf()).param("email", email).param("password", password))
			.andExpect(redirectedUrl("/dasbor"))
			.andReturn();
		return (MockHttpSession) result.getRequest().getSession(false);
	}

}
