package id.simitra.platform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Links on pages never reach a file handler: Thymeleaf's @{...} asks the resource chain
 * about every link whose path a file handler maps, and each such question was a look-up
 * in four classpath folders inside the jar (issue 12). Only the asset folders are mapped
 * (WebConfig).
 */
@SimitraTest
class StaticAssetLinksTest {

	private static final Pattern LINK = Pattern.compile("(?:href|src|action)=\"(/[^\"#?]*)");

	@Autowired
	MockMvc mvc;

	@Autowired
	ResourceUrlProvider resources;

	@Autowired
	Fixtures fixtures;

	@Test
	void pageLinksAreNotMappedToFiles() throws Exception {
		Long umkm = fixtures.umkm("Kopi Tautan", "12.71", "10761").id();
		Set<String> links = new LinkedHashSet<>();
		for (String page : List.of("/", "/direktori", "/direktori?q=kopi", "/direktori/umkm/" + umkm, "/masuk",
				"/daftar")) {
			links.addAll(links(mvc.perform(get(page)).andReturn().getResponse().getContentAsString()));
		}
		List<String> pageLinks = links.stream().filter(l -> !isAsset(l)).toList();
		assertThat(pageLinks).as("links found on the pages").contains("/", "/direktori", "/masuk", "/daftar");

		assertThat(servedAsFiles(resources.getHandlerMap().keySet(), pageLinks)).isEmpty();
		// and the assets themselves are still served (and versioned) by the file handlers
		assertThat(servedAsFiles(resources.getHandlerMap().keySet(), List.of("/css/app.css", "/webjars/x.js")))
			.hasSize(2);
	}

	/** The canary: Spring Boot's default mapping of every URL to the static folders. */
	@Test
	void aCatchAllFileMappingIsReported() {
		assertThat(servedAsFiles(List.of("/**"), List.of("/direktori", "/direktori/umkm/1", "/masuk")))
			.containsExactly("/direktori", "/direktori/umkm/1", "/masuk");
	}

	static List<String> servedAsFiles(Collection<String> patterns, Collection<String> links) {
		AntPathMatcher matcher = new AntPathMatcher();
		List<String> served = new ArrayList<>();
		for (String link : links) {
			if (patterns.stream().anyMatch(p -> matcher.match(p, link))) {
				served.add(link);
			}
		}
		return served;
	}

	private static boolean isAsset(String link) {
		return link.startsWith("/css/") || link.startsWith("/img/") || link.startsWith("/js/")
				|| link.startsWith("/webjars/") || link.equals("/robots.txt") || link.equals("/favicon.ico");
	}

	private static List<String> links(String html) {
		List<String> links = new ArrayList<>();
		Matcher m = LINK.matcher(html);
		while (m.find()) {
			links.add(m.group(1));
		}
		return links;
	}

}
