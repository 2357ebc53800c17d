package id.simitra.platform;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A route that is not a controller method (a view controller, a router function, a
 * bean-name handler added one day) is still a route: it must keep its access rule and
 * never be let through as an "unknown URL". The static-resource mapping, which claims
 * every path, does not count.
 */
class UnmappedRequestsTest {

	@Test
	void aRouteOfAnyHandlerMappingIsMappedWhileTheStaticResourceMappingDoesNotCount() {
		HttpRequestHandler handler = (request, response) -> {
		};
		StaticApplicationContext context = new StaticApplicationContext();
		// No controller methods at all: only the view controller below maps
		// /petugas/tampilan.
		context.registerSingleton("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
		SimpleUrlHandlerMapping viewControllers = new SimpleUrlHandlerMapping(Map.of("/petugas/tampilan", handler));
		viewControllers.setApplicationContext(context);
		context.getBeanFactory().registerSingleton("viewControllerHandlerMapping", viewControllers);
		SimpleUrlHandlerMapping staticFiles = new SimpleUrlHandlerMapping(Map.of("/**", handler));
		staticFiles.setApplicationContext(context);
		context.getBeanFactory().registerSingleton("resourceHandlerMapping", staticFiles);
		context.refresh();
		UnmappedRequests unmapped = new UnmappedRequests(context);

		assertThat(unmapped.matches(new MockHttpServletRequest("GET", "/petugas/tampilan"))).isFalse();
		assertThat(unmapped.matches(new MockHttpServletRequest("GET", "/tidak-ada"))).isTrue();
		assertThat(unmapped.matches(new MockHttpServletRequest("GET", "/actuator/apa-saja"))).isFalse();
	}

}
