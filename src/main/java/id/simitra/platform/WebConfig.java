package id.simitra.platform;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.util.StringUtils;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Bahasa Indonesia by default; "?lang=en" switches to English and is remembered in a
 * cookie.
 */
@Configuration
class WebConfig implements WebMvcConfigurer {

	static final Locale INDONESIAN = Locale.forLanguageTag("id");

	/**
	 * Replaces Spring Boot's message source (which steps back when this bean exists) with
	 * the same one plus ICU plural formats; the spring.messages settings still apply.
	 */
	@Bean
	MessageSource messageSource(@Value("${spring.messages.basename:messages}") String basename,
			@Value("${spring.messages.encoding:UTF-8}") String encoding,
			@Value("${spring.messages.fallback-to-system-locale:false}") boolean fallbackToSystemLocale) {
		IcuMessageSource messages = new IcuMessageSource();
		messages.setBasenames(StringUtils.commaDelimitedListToStringArray(StringUtils.trimAllWhitespace(basename)));
		messages.setDefaultEncoding(encoding);
		messages.setFallbackToSystemLocale(fallbackToSystemLocale);
		return messages;
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("simitra-lang");
		resolver.setDefaultLocale(INDONESIAN);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
		registry.addInterceptor(new PageNumbers.OldFirstPage()).excludePathPatterns("/data/**");
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new PageNumbers.Resolver());
	}

	/**
	 * The only URL patterns served from files. Spring Boot's own static handler (mapped
	 * to every URL, {@code spring.web.resources.add-mappings=false}) is off: with it,
	 * every {@code @{...}} link on every page (storefront links, actions, facets) was
	 * looked up as a file in four classpath folders inside the jar before Thymeleaf wrote
	 * it, under the jar loader's lock (issue 12: about half of request-thread time under
	 * load). {@code StaticAssetLinksTest} fails if a page link reaches a file handler
	 * again.
	 */
	static final String[] ASSET_PATTERNS = { "/css/**", "/img/**", "/js/**", "/webjars/**", "/robots.txt",
			"/favicon.ico" };

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		// Our own CSS, images and scripts, and WebJars, are cached for a year under names
		// that change with the content: a content hash in the name (app-<md5>.css), the
		// library version in a WebJar's path (webjars-locator-lite). Both come from the
		// resource chain and Thymeleaf's @{...} (ResourceUrlEncodingFilter).
		CacheControl year = CacheControl.maxAge(Duration.ofDays(365)).cachePublic();
		registry.addResourceHandler("/css/**", "/img/**", "/js/**")
			.addResourceLocations("classpath:/static/css/", "classpath:/static/img/", "classpath:/static/js/")
			.setCacheControl(year)
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(year)
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
		// These two are asked for by fixed names, so a changed file must show within a
		// day.
		registry.addResourceHandler("/robots.txt", "/favicon.ico")
			.addResourceLocations("classpath:/static/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic());
	}

}
