package id.simitra.platform;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.expression.spel.standard.SpelExpression;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.thymeleaf.cache.ExpressionCacheKey;
import org.thymeleaf.cache.ICache;
import org.thymeleaf.spring6.SpringTemplateEngine;

import id.simitra.account.AccountService;
import id.simitra.account.Role;
import id.simitra.account.SimitraUser;
import id.simitra.company.CompanyProfile;
import id.simitra.company.CompanyService;
import id.simitra.need.NeedData;
import id.simitra.need.NeedService;
import id.simitra.reference.PartnershipPattern;
import id.simitra.reference.Unit;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;
import id.simitra.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Pages are the same once SpEL has compiled their expressions (after a hundred renders,
 * spring.thymeleaf.enable-spring-el-compiler with CompilableTemplateVariables) as when
 * they were interpreted: home, directory, storefront (anonymous and as a company), need
 * ranking and an error page, each rendered 120 times.
 */
@SimitraTest
class CompiledPagesTest {

	private static final int RENDERS = 120;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AccountService accounts;

	@Autowired
	CompanyService companies;

	@Autowired
	NeedService needs;

	@Autowired
	SpringTemplateEngine engine;

	@Test
	void pagesRenderTheSameInterpretedAndCompiled() throws Exception {
		String tag = "kompilasi" + UUID.randomUUID().toString().substring(0, 8);
		Long umkm = fixtures.umkm("Kopi " + tag, "12.71", "10761").id();
		fixtures.product(umkm, "Kopi bubuk " + tag, "10761", Unit.KG, "500");
		fixtures.certificate(umkm, "HALAL", LocalDate.now().plusYears(1));
		String companyEmail = fixtures.accountEmail(Role.COMPANY);
		SimitraUser company = (SimitraUser) accounts.loadUserByUsername(companyEmail);
		Long companyId = companies
			.saveProfile(company.accountId(), new CompanyProfile("PT " + tag, null, "Pangan", "12.71", "Jl. Uji"), null)
			.id();
		Long need = needs
			.create(companyId,
					new NeedData("Kopi bubuk " + tag, "Pasokan rutin", "10761", new BigDecimal("100"), Unit.KG, "12.71",
							LocalDate.now().plusDays(30), PartnershipPattern.RANTAI_PASOK))
			.id();
		MockHttpSession companySession = WebSession.login(mvc, companyEmail, WebSession.PASSWORD);

		Map<String, MockHttpServletRequestBuilder> pages = new LinkedHashMap<>();
		pages.put("home", get("/"));
		pages.put("directory", get("/direktori").param("q", tag).param("provinsi", "12"));
		pages.put("directory, distance",
				get("/direktori").param("q", "kopi").param("urut", "jarak").param("dari", "12.71"));
		pages.put("storefront", get("/direktori/umkm/{id}", umkm));
		pages.put("storefront as a company", get("/direktori/umkm/{id}", umkm).session(companySession));
		pages.put("need ranking", get("/perusahaan/kebutuhan/{id}", need).session(companySession));
		pages.put("error page", get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/direktori/umkm/999999999"));
		for (Map.Entry<String, MockHttpServletRequestBuilder> page : pages.entrySet()) {
			MockHttpServletRequestBuilder request = page.getValue().accept("text/html");
			String first = html(request);
			assertThat(first).as(page.getKey()).contains("</html>");
			String last = first;
			for (int i = 1; i < RENDERS; i++) {
				last = html(request);
			}
			assertThat(last).as(page.getKey() + " after " + RENDERS + " renders").isEqualTo(first);
		}
		// what was compared: most expressions of these pages were compiled by then
		assertThat(compiledExpressions()).as("compiled SpEL expressions in Thymeleaf's cache").isGreaterThan(100);
	}

	/**
	 * SpEL expressions in Thymeleaf's expression cache that SpEL has compiled. Neither
	 * Thymeleaf nor SpEL says so publicly: read through their private fields, so this
	 * fails loudly rather than silently if they change.
	 */
	private int compiledExpressions() throws ReflectiveOperationException {
		ICache<ExpressionCacheKey, Object> cache = engine.getConfiguration().getCacheManager().getExpressionCache();
		Field compiledAst = SpelExpression.class.getDeclaredField("compiledAst");
		compiledAst.setAccessible(true);
		int compiled = 0;
		for (ExpressionCacheKey key : cache.keySet()) {
			Object value = cache.get(key);
			if (value != null && value.getClass().getName().endsWith("$ComputedSpelExpression")) {
				Field expression = value.getClass().getDeclaredField("expression");
				expression.setAccessible(true);
				compiled += compiledAst.get(expression.get(value)) != null ? 1 : 0;
			}
		}
		return compiled;
	}

	/** The page with its CSRF token (masked afresh for every response) left out. */
	private String html(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request)
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"");
	}

}
