package id.simitra.platform;

import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import id.simitra.support.SimitraTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every response carries a request id, taken from the proxy when it is a plain token, and
 * the logs show it.
 */
@SimitraTest
@ExtendWith(OutputCaptureExtension.class)
class RequestIdTest {

	private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

	@Autowired
	MockMvc mvc;

	@Autowired
	RequestIdFilter filter;

	@Test
	void theProxysIdComesBackUnchanged() throws Exception {
		String id = mvc.perform(get("/").header("X-Request-Id", "nginx-4f1c2a9e0b7d.1"))
			.andReturn()
			.getResponse()
			.getHeader("X-Request-Id");
		assertThat(id).isEqualTo("nginx-4f1c2a9e0b7d.1");
	}

	@Test
	void withoutAnIdTheResponseGetsANewOne() throws Exception {
		String first = mvc.perform(get("/direktori")).andReturn().getResponse().getHeader("X-Request-Id");
		String second = mvc.perform(get("/direktori")).andReturn().getResponse().getHeader("X-Request-Id");
		assertThat(first).matches(UUID);
		assertThat(second).matches(UUID).isNotEqualTo(first);
	}

	@Test
	void anIdThatIsNotAPlainTokenIsReplaced() throws Exception {
		for (String unsafe : new String[] { "abc\r\nX-Injected: 1", "<script>alert(1)</script>", "a b", "",
				"x".repeat(65), "id;drop" }) {
			String id = mvc.perform(get("/").header("X-Request-Id", unsafe))
				.andReturn()
				.getResponse()
				.getHeader("X-Request-Id");
			assertThat(id).as("id for %s", unsafe).matches(UUID);
		}
	}

	@Test
	void logLinesWrittenDuringTheRequestShowTheId(CapturedOutput output) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/direktori");
		request.addHeader("X-Request-Id", "uji-log-7d2e");
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, (req, res) -> {
			assertThat(MDC.get("requestId")).isEqualTo("uji-log-7d2e");
			LogFactory.getLog(RequestIdTest.class).info("inside the request");
		});
		assertThat(MDC.get("requestId")).isNull();
		assertThat(output.getOut().lines().filter(l -> l.contains("inside the request"))).singleElement()
			.satisfies(line -> assertThat(line).contains("[uji-log-7d2e]"));
	}

}
