package id.simitra.platform;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Page numbers in URLs ({@code ?halaman=}) count from 1 on every page, as in the
 * open-data feed; services and Spring Data count pages from 0. This class is the only
 * place that converts between the two: {@link PageIndex} parameters read the URL, and
 * templates and link builders write it with {@link #number(int)}.
 *
 * <p>
 * Links written before issue 16 counted from 0. Only {@code halaman=0} (and negative
 * numbers, which no pager wrote) is recognisably old: {@link OldFirstPage} answers it
 * with a permanent redirect to the same URL without the page, i.e. the first page it
 * always meant. An old {@code halaman=N} for N ≥ 1 cannot be told from a new one and now
 * opens one page earlier than before; the lists are ordered newest first and shift with
 * every new row anyway, so such a bookmark never pointed at stable content, and the pager
 * is right there.
 */
public final class PageNumbers {

	/** The query parameter that names a page, counted from 1. */
	public static final String PARAM = "halaman";

	/** Beyond this a page number is treated as unusable (no list is that long). */
	private static final int MAX_NUMBER = 100_000;

	/** The URL's page number (from 1) for a zero-based page index. */
	public static int number(int index) {
		return Math.max(index, 0) + 1;
	}

	/**
	 * The zero-based page index for the URL's page number, or null when the parameter is
	 * absent or is not a page number (letters, 0, negative, absurdly large).
	 */
	public static @Nullable Integer index(@Nullable String number) {
		if (number == null || !number.strip().matches("[0-9]{1,6}")) {
			return null;
		}
		int n = Integer.parseInt(number.strip());
		return n >= 1 && n <= MAX_NUMBER ? n - 1 : null;
	}

	/**
	 * {@code #pages} in templates: {@code #pages.link(page.number + 1)} for "next",
	 * {@code #pages.number(index)} where a template builds the URL itself.
	 */
	public static final class ForTemplates {

		public int number(int index) {
			return PageNumbers.number(index);
		}

		/**
		 * A link to another page of the list on screen: this page's own query (a search,
		 * filters) with only the page replaced, so that paging never drops a filter. The
		 * language parameter is left out (the cookie remembers the choice). Only the
		 * URL's query, never a posted form's fields.
		 */
		public String link(int index) {
			String query = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
					? attributes.getRequest().getQueryString() : null;
			StringBuilder link = new StringBuilder("?");
			if (query != null) {
				for (String parameter : StringUtils.delimitedListToStringArray(query, "&")) {
					String name = parameter.contains("=") ? parameter.substring(0, parameter.indexOf('=')) : parameter;
					if (!name.isEmpty() && !name.equals(PARAM) && !name.equals("lang")) {
						link.append(parameter).append('&');
					}
				}
			}
			return link.append(PARAM).append('=').append(number(index)).toString();
		}

	}

	/** Fills {@link PageIndex} parameters. */
	static final class Resolver implements HandlerMethodArgumentResolver {

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return parameter.hasParameterAnnotation(PageIndex.class);
		}

		@Override
		public @Nullable Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer mavContainer,
				NativeWebRequest webRequest, @Nullable WebDataBinderFactory binderFactory) {
			Integer index = index(webRequest.getParameter(PARAM));
			if (index == null && parameter.getParameterType() == int.class) {
				return 0;
			}
			return index;
		}

	}

	/**
	 * Redirects an old zero-based {@code ?halaman=0} (or a negative page) to the first
	 * page, permanently, so bookmarks and search engines learn the new address. Not
	 * registered for the open-data feed, which always counted from 1 and answers 400 to
	 * such a page.
	 */
	static final class OldFirstPage implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
				throws IOException {
			if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
				return true;
			}
			String page = request.getParameter(PARAM);
			if (page == null || !page.strip().matches("0+|-[0-9]+")) {
				return true;
			}
			// Path and query only, like every redirect of the portal (relative
			// redirects);
			// a GET's parameters are its query.
			UriComponentsBuilder rest = UriComponentsBuilder.newInstance();
			request.getParameterMap().forEach((name, values) -> {
				if (!PARAM.equals(name)) {
					rest.queryParam(name, (Object[]) values);
				}
			});
			String query = rest.encode().build().getQuery();
			response.setStatus(HttpStatus.MOVED_PERMANENTLY.value());
			response.setHeader("Location", request.getRequestURI() + (query == null ? "" : "?" + query));
			return false;
		}

	}

	private PageNumbers() {
	}

}
