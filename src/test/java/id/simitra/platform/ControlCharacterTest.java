package id.simitra.platform;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import id.simitra.account.Role;
import id.simitra.platform.AccessWorld.Actor;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;
import id.simitra.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * A NUL byte (which PostgreSQL refuses in text) or another control character in any field
 * of any form, or in any query parameter, never gives a server error (section 5 of issue
 * 10). The routes and their fields come from the handler methods themselves, so a new
 * form is covered without being named here. Each route is sent twice by the first visitor
 * who may use it: once with every field valid and a NUL inside every free-text field (so
 * the text gets as far as being saved), once with a NUL after every value (so look-ups by
 * code and choices get it too).
 */
@SimitraTest
class ControlCharacterTest {

	/**
	 * Valid values for the fields that are not free text; every other field is free text.
	 */
	private static final Map<String, String> VALID = new TreeMap<>();

	static {
		LocalDate today = LocalDate.now();
		VALID.putAll(Map.ofEntries(Map.entry("typeCode", "NIB"), Map.entry("number", "9120001234567"),
				Map.entry("issuedOn", today.minusYears(1).toString()), Map.entry("expiresOn", ""), Map.entry("nib", ""),
				Map.entry("kbli", "10761"), Map.entry("regencyCode", AccessWorld.REGENCY),
				Map.entry("phone", "081260001111"), Map.entry("businessCapital", "300000000"),
				Map.entry("annualSales", "800000000"), Map.entry("quantity", "100"), Map.entry("unit", "KG"),
				Map.entry("deadline", today.plusDays(30).toString()), Map.entry("pattern", "RANTAI_PASOK"),
				Map.entry("monthlyCapacity", "500"), Map.entry("minimumOrder", "1"), Map.entry("priceMin", "10000"),
				Map.entry("priceMax", "20000"), Map.entry("unitPrice", "45000"), Map.entry("leadTimeDays", "7"),
				Map.entry("validUntil", today.plusDays(14).toString()), Map.entry("estimatedValue", "10000000"),
				Map.entry("startDate", today.plusDays(30).toString()),
				Map.entry("endDate", today.plusDays(200).toString()), Map.entry("noControlDeclared", "true"),
				Map.entry("score", "5"), Map.entry("approve", "true"), Map.entry("password", WebSession.PASSWORD),
				Map.entry("passwordConfirm", WebSession.PASSWORD), Map.entry("role", "UMKM"),
				Map.entry("provinceCode", AccessWorld.PROVINCE), Map.entry("halaman", "1"), Map.entry("buka", "true"),
				Map.entry("aktif", "true"), Map.entry("provinsi", AccessWorld.PROVINCE),
				Map.entry("kabupaten", AccessWorld.REGENCY), Map.entry("dari", today.minusYears(1).toString()),
				Map.entry("sampai", today.toString()), Map.entry("peran", "UMKM"), Map.entry("needId", "{needId}"),
				Map.entry("umkmId", "{umkmId}"), Map.entry("version", ""), Map.entry("decision", "APPROVE")));
	}

	/**
	 * Routes that nobody in the access table's world gets past, because they need a state
	 * it does not have: a login waiting for its second factor (everyone else is sent to
	 * the login form), and a stored session to end (MockMvc keeps no Spring Session
	 * sessions; AccountJourneyTest ends sessions in real browsers). They are still sent
	 * the hostile input by every visitor and must not fail on the server.
	 */
	private static final Set<String> NEED_A_STATE = Set.of("POST /masuk/dua-langkah", "POST /masuk/dua-langkah/daftar",
			"POST /akun/sesi/{reference}/akhiri");

	private static final String NUL_TEXT = "Teks\u0000uji\u0001\u001f\u007f akhir";

	/**
	 * The order in which visitors are tried: the first one not refused sends the hostile
	 * input.
	 */
	private static final List<Actor> ACTORS = List.of(Actor.UMKM, Actor.COMPANY, Actor.OFFICER, Actor.ADMIN,
			Actor.ANONYMOUS);

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	ApplicationContext context;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@TestFactory
	Stream<DynamicTest> aNulInAnyFieldOfAnyRouteIsNeverAServerError() throws Exception {
		AccessWorld world = new AccessWorld(mvc, context);
		Map<String, HandlerMethod> routes = new TreeMap<>();
		mappings.getHandlerMethods().forEach((info, method) -> {
			for (String route : routes(info)) {
				routes.put(route, method);
			}
		});
		List<DynamicTest> tests = new ArrayList<>();
		routes.forEach((route, method) -> {
			Map<String, Class<?>> fields = fields(method);
			if (route.startsWith("GET ") && fields.isEmpty()) {
				return;
			}
			tests.add(DynamicTest.dynamicTest(route + " " + fields.keySet(), () -> {
				Actor allowed = null;
				for (Actor actor : ACTORS) {
					MvcResult result = send(world, route, fields, actor, false);
					// (registration's success is the login page, also when joining a
					// company with a new account through an invitation)
					if (!refused(result)
							|| (route.equals("POST /daftar") || route.equals("POST /undangan/{token}/akun-baru"))
									&& result.getResponse().getStatus() == 302) {
						allowed = actor;
						break;
					}
				}
				if (allowed != null) {
					send(world, route, fields, allowed, true);
				}
				else if (NEED_A_STATE.contains(route)) {
					send(world, route, fields, Actor.ANONYMOUS, true);
					return;
				}
				assertThat(allowed).as(route + ": no visitor got past the access check").isNotNull();
			}));
		});
		assertThat(tests).as("routes with fields").hasSizeGreaterThan(40);
		return tests.stream();
	}

	@Test
	void controlCharactersInTheLoginFormAreIgnoredLikeEverywhereElse() throws Exception {
		MvcResult result = mvc
			.perform(post("/masuk").with(csrf())
				.param("email", fixtures.accountEmail(Role.UMKM) + "\u0000")
				.param("password", WebSession.PASSWORD + "\u0000"))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		// The same characters are removed when a password is chosen, so the password
		// still matches.
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/dasbor");
	}

	@Test
	void controlCharactersAreRemovedAndTheRestIsSaved() throws Exception {
		String email = fixtures.accountEmail(Role.COMPANY);
		var session = WebSession.login(mvc, email, WebSession.PASSWORD);
		mvc.perform(post("/perusahaan/profil").with(csrf())
			.session(session)
			.param("name", "PT\u0000 Bersih\u0007 " + AccessWorld.tag())
			.param("sector", "Pangan\tdan\r\nminuman")
			.param("regencyCode", AccessWorld.REGENCY)
			.param("address", "Jl.\u001b[31m Merah")).andReturn();
		Map<String, Object> row = jdbc
			.sql("select c.name, c.sector, c.address from company c join account a on a.id = c.owner_id "
					+ "where a.email = ?")
			.param(email)
			.query()
			.singleRow();
		assertThat((String) row.get("name")).startsWith("PT Bersih ");
		// Tab and line breaks are text; escape sequences lose their ESC.
		assertThat(row.get("sector")).isEqualTo("Pangan\tdan\r\nminuman");
		assertThat(row.get("address")).isEqualTo("Jl.[31m Merah");
	}

	private MvcResult send(AccessWorld world, String route, Map<String, Class<?>> fields, Actor actor,
			boolean nulEverywhere) throws Exception {
		int space = route.indexOf(' ');
		String method = route.substring(0, space);
		String path = world.fill(route.substring(space + 1));
		boolean files = fields.values().stream().anyMatch(MultipartFile.class::equals);
		AbstractMockHttpServletRequestBuilder<?> request;
		if (files) {
			MockMultipartHttpServletRequestBuilder upload = multipart(path);
			fields.forEach((name, type) -> {
				if (type == MultipartFile.class) {
					byte[] content = name.equals("foto") ? AccessWorld.png() : AccessWorld.PDF;
					upload.file(new MockMultipartFile(name, "scan\u0000\u0001.pdf", "application/pdf", content));
				}
			});
			request = upload;
		}
		else {
			request = request(HttpMethod.valueOf(method), path);
		}
		fields.forEach((name, type) -> {
			if (type != MultipartFile.class) {
				request.param(name, value(world, name, nulEverywhere));
			}
		});
		request.header("Accept", "text/html");
		if ("POST".equals(method)) {
			request.with(csrf());
		}
		if (actor != Actor.ANONYMOUS) {
			request.session(world.sessions.get(actor));
		}
		MvcResult result = mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus())
			.as(route + " as " + actor + (nulEverywhere ? ", NUL after every value" : ", NUL in the text fields"))
			.isLessThan(500);
		return result;
	}

	private static String value(AccessWorld world, String name, boolean nulEverywhere) {
		String valid;
		if (name.equals("email")) {
			valid = WebSession.uniqueEmail("nul");
		}
		else if (VALID.containsKey(name)) {
			valid = VALID.get(name).startsWith("{") ? world.fill(VALID.get(name)) : VALID.get(name);
		}
		else {
			return NUL_TEXT;
		}
		return nulEverywhere ? valid + "\u0000" : valid;
	}

	private static boolean refused(MvcResult result) {
		int status = result.getResponse().getStatus();
		String location = result.getResponse().getRedirectedUrl();
		return status == 401 || status == 403 || status == 404 || (location != null && location.endsWith("/masuk"));
	}

	private static Set<String> routes(RequestMappingInfo info) {
		Set<String> methods = new java.util.TreeSet<>();
		info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
		if (methods.isEmpty()) {
			methods.add("GET");
		}
		Set<String> routes = new java.util.TreeSet<>();
		for (String pattern : info.getPatternValues()) {
			if (!pattern.equals("/error")) {
				methods.forEach(m -> routes.add(m + " " + pattern));
			}
		}
		return routes;
	}

	/**
	 * The request fields a handler method reads: its request parameters and the
	 * components of its form records.
	 */
	private static Map<String, Class<?>> fields(HandlerMethod method) {
		Map<String, Class<?>> fields = new LinkedHashMap<>();
		for (MethodParameter parameter : method.getMethodParameters()) {
			parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
			Class<?> type = parameter.getParameterType();
			if (parameter.hasParameterAnnotation(PathVariable.class)
					|| parameter.hasParameterAnnotation(AuthenticationPrincipal.class)) {
				continue;
			}
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param != null) {
				String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
				fields.put(name, type == MultipartFile.class ? MultipartFile.class : String.class);
			}
			else if (type.isRecord() && type.getPackageName().startsWith("id.simitra")) {
				for (RecordComponent component : type.getRecordComponents()) {
					Class<?> componentType = component.getType();
					if (component.getGenericType() instanceof ParameterizedType p
							&& p.getActualTypeArguments()[0] == MultipartFile.class) {
						componentType = MultipartFile.class;
					}
					fields.put(component.getName(),
							componentType == MultipartFile.class ? MultipartFile.class : String.class);
				}
			}
			else if (type == MultipartFile.class) {
				fields.put(parameter.getParameterName(), MultipartFile.class);
			}
		}
		return fields;
	}

}
