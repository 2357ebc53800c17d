package id.simitra.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import id.simitra.platform.AccessWorld.Actor;
import id.simitra.support.SimitraTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every full HTML page the portal serves passes the Nu Html Checker (vnu) with zero
 * errors: each GET route of the access table as each of its seven visitors (whatever
 * answers 200 text/html), a few filtered and English pages, the main forms re-rendered
 * with validation errors, and the error pages. The documents are written to
 * target/html-check/ (kept as build artifacts) and checked in one run of the checker in
 * its own JVM, from the jars the build copies to target/vnu/ (pom.xml,
 * maven-antrun-plugin), so its old Jetty/ICU/Saxon never meet the application's
 * classpath.
 * <p>
 * htmx partial responses (the directory's results for an HX-Request) are fragments, not
 * documents: they are checked wrapped in a minimal document (doctype, lang, charset,
 * title), which is what the fragment joins in the browser.
 * <p>
 * The checker must run: a missing target/vnu/, a checker that does not start or output
 * that is not its JSON fails the test, and a deliberately broken document in the same run
 * must come back with errors.
 */
@SimitraTest
class HtmlValidityTest {

	private static final Path VNU = Path.of("target", "vnu");

	private static final Path OUT = Path.of("target", "html-check");

	/** Outside OUT, so the artifacts hold only the portal's pages. */
	private static final Path CANARY = Path.of("target", "html-check-canary", "broken.html");

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	ApplicationContext context;

	@Autowired
	ThymeleafViewResolver views;

	/** File name → the URL it came from and its HTML, in the order collected. */
	private final Map<String, Page> pages = new LinkedHashMap<>();

	record Page(String url, String html) {
	}

	@Test
	void everyPageIsValidHtml() throws Exception {
		long started = System.nanoTime();
		AccessWorld world = new AccessWorld(mvc, context);
		collectRoutes(world);
		collectStates(world);
		collectInvalidForms(world);
		collectErrorPages(world);
		long collected = System.nanoTime();
		// No page shows a message key that did not resolve: Thymeleaf writes
		// "??key_locale??" for those, as every
		// error page did with Boot's reason phrase ("??Not Found_id??", issue 10 section
		// 5).
		assertThat(pages.values().stream().filter(p -> p.html().contains("??")).map(Page::url).toList())
			.as("pages showing an unresolved message key (??...??)")
			.isEmpty();

		FileSystemUtils.deleteRecursively(OUT);
		Files.createDirectories(OUT);
		List<Path> files = new ArrayList<>();
		for (Map.Entry<String, Page> page : pages.entrySet()) {
			Path file = OUT.resolve(page.getKey());
			Files.writeString(file, page.getValue().html(), StandardCharsets.UTF_8);
			files.add(file);
		}
		Files.createDirectories(CANARY.getParent());
		Files.writeString(CANARY, """
				<!DOCTYPE html>
				<html lang="id"><head><meta charset="utf-8"><title>rusak</title></head>
				<body><p>Tidak <span>ditutup</p><img src="x.png"></body></html>
				""", StandardCharsets.UTF_8);
		files.add(CANARY);

		JsonNode report = runChecker(files);
		long checked = System.nanoTime();

		List<String> failures = new ArrayList<>();
		int errors = 0;
		int warnings = 0;
		int infos = 0;
		int canaryErrors = 0;
		for (JsonNode message : report.path("messages")) {
			String type = message.path("type").asString();
			String file = fileName(message.path("url").asString(""));
			boolean error = type.equals("error") || type.equals("non-document-error");
			if (file.equals(CANARY.getFileName().toString())) {
				canaryErrors += error ? 1 : 0;
				continue;
			}
			if (error) {
				errors++;
				Page page = pages.get(file);
				failures.add((page == null ? file : page.url() + " (" + file + ")") + " line "
						+ message.path("lastLine").asInt() + ": " + message.path("message").asString() + "\n      "
						+ message.path("extract").asString("").replace("\n", "↩"));
			}
			else if ("warning".equals(message.path("subType").asString(""))) {
				warnings++;
			}
			else {
				infos++;
			}
		}
		System.out.printf(
				"[vnu] %d documents, %d errors, %d warnings, %d info (checker %s; pages %.1f s, check %.1f s; "
						+ "files in %s)%n",
				pages.size(), errors, warnings, infos, report.path("version").asString("?"),
				(collected - started) / 1e9, (checked - collected) / 1e9, OUT);
		failures.forEach(f -> System.out.println("[vnu] " + f));

		assertThat(canaryErrors)
			.as("errors the checker reports in the deliberately broken " + CANARY
					+ " (none means the checker did not really check)")
			.isPositive();
		assertThat(pages).as("documents collected").hasSizeGreaterThan(100);
		if (!failures.isEmpty()) {
			fail(errors + " HTML errors in " + pages.size() + " documents (files in " + OUT + "):\n"
					+ String.join("\n", failures));
		}
	}

	/**
	 * Every GET route of the access table, as every visitor: whatever answers 200
	 * text/html.
	 */
	private void collectRoutes(AccessWorld world) throws Exception {
		List<String> gets = AccessWorld.routes(mappings).stream().filter(r -> r.startsWith("GET ")).toList();
		List<String> withoutPage = new ArrayList<>();
		assertThat(gets).isNotEmpty();
		for (String route : gets) {
			if (route.equals("GET /error")) {
				continue; // rendered with a real status in collectErrorPages
			}
			// One set of records per route, shown to every visitor: a GET changes
			// nothing, and making fresh ones
			// per visitor (as the access table must, for its POSTs) would only make this
			// slower.
			String path = world.fill(route.substring(4));
			int found = 0;
			for (Actor actor : Actor.values()) {
				AccessWorld.Response response = world.perform("GET", path, actor);
				found += keep(route.substring(4) + " as " + actor, response.path(), actor, response.result()) ? 1 : 0;
			}
			if (found == 0) {
				withoutPage.add(route.substring(4));
			}
		}
		// Files, exports and redirects; the partnership steps answer only in other states
		// (see collectStates).
		System.out.println("[vnu] routes with no 200 HTML page in the access table's world: " + withoutPage);
	}

	/**
	 * States of pages the plain routes do not reach: filters, sorting, look-ups, choices,
	 * English.
	 */
	private void collectStates(AccessWorld world) throws Exception {
		Long need = world.need();
		world.offer(need);
		Long partnership = world.submittedPartnership(need);
		page(world, Actor.ANONYMOUS, "/direktori?q=kopi&urut=jarak&dari=" + AccessWorld.REGENCY);
		page(world, Actor.ANONYMOUS, "/direktori?provinsi=" + AccessWorld.PROVINCE
				+ "&kbli=10761&kelas=MIKRO&sertifikat=HALAL&terverifikasi=ya" + "&kapasitas=10&satuan=KG&urut=terbaru");
		page(world, Actor.ANONYMOUS, "/direktori?q=zzzzqqq");
		page(world, Actor.UMKM, "/umkm/sertifikat/baru?jenis=NIB");
		page(world, Actor.UMKM, "/umkm/sertifikat/baru?jenis=HALAL");
		page(world, Actor.COMPANY, "/perusahaan/kebutuhan/" + need + "/penawaran?urut=harga");
		page(world, Actor.COMPANY, "/perusahaan/kebutuhan/" + need + "/kenapa?q=Kopi");
		page(world, Actor.COMPANY, "/perusahaan/kebutuhan/" + need + "/kenapa?umkm=" + world.umkmId);
		Long draft = world.draftPartnership(world.need());
		page(world, Actor.COMPANY, "/kemitraan/" + draft);
		page(world, Actor.COMPANY, "/kemitraan/" + draft + "/ubah");
		page(world, Actor.COMPANY, "/kemitraan/" + draft + "/perjanjian");
		Long active = world.activePartnership(world.need());
		for (Actor party : new Actor[] { Actor.UMKM, Actor.COMPANY }) {
			page(world, party, "/kemitraan/" + active);
			page(world, party, "/kemitraan/" + active + "/selesai");
			page(world, party, "/kemitraan/" + active + "/akhiri");
			page(world, party, "/kemitraan/" + world.completedPartnership(world.need()));
		}
		Long conversation = world.conversationWithContacts(world.need());
		for (Actor reader : new Actor[] { Actor.UMKM, Actor.COMPANY, Actor.OFFICER }) {
			page(world, reader, "/percakapan/" + conversation);
		}
		page(world, Actor.COMPANY, "/perusahaan/kebutuhan/" + need + "/usul/" + world.umkmId);
		page(world, Actor.OFFICER, "/petugas/umkm?belum=true");
		page(world, Actor.OFFICER, "/petugas/umkm?belum=true&q=kopi&kabupaten=12.71&sejak=2026-12-01");
		page(world, Actor.OFFICER, "/petugas/umkm?sejak=kemarin&kabupaten=11.01");
		page(world, Actor.OFFICER, "/petugas/umkm/" + world.umkmId);
		page(world, Actor.OFFICER, "/petugas/audit?nama=kopi&status=SUBMITTED");
		page(world, Actor.OFFICER, "/petugas/audit?dari=kemarin&status=X");
		page(world, Actor.OFFICER, "/petugas/rekomendasi?q=kopi");
		page(world, Actor.OFFICER, "/petugas/rekomendasi?kebutuhan=" + need + "&umkm=Kopi");
		page(world, Actor.OFFICER, "/petugas/rekomendasi?kebutuhan=" + need + "&pilih=" + world.umkmId);
		for (String query : new String[] { "q=kopi", "q=kopi&urut=jarak&dari=" + AccessWorld.REGENCY + "&lang=en" }) {
			MvcResult fragment = mvc
				.perform(get("/direktori?" + query).header("HX-Request", "true").accept("text/html"))
				.andReturn();
			String html = fragment.getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(html).as("htmx answer for /direktori?" + query)
				.doesNotContain("<html")
				.contains("id=\"results\"");
			add("/direktori?" + query + " (HX-Request, wrapped)", "direktori-htmx-" + pages.size() + ".html",
					"<!DOCTYPE html>\n<html lang=\"id\"><head><meta charset=\"utf-8\"><title>htmx</title></head><body>\n"
							+ html + "\n</body></html>\n");
		}
		// English, chosen with ?lang=en
		page(world, Actor.ANONYMOUS, "/?lang=en");
		page(world, Actor.ANONYMOUS, "/direktori?q=kopi&lang=en");
		page(world, Actor.ANONYMOUS, "/daftar?lang=en");
		page(world, Actor.ANONYMOUS, "/masuk?lang=en");
		page(world, Actor.UMKM, "/umkm?lang=en");
		page(world, Actor.UMKM, "/umkm/profil?lang=en");
		page(world, Actor.UMKM, "/umkm/kebutuhan?lang=en");
		page(world, Actor.COMPANY, "/perusahaan/kebutuhan/" + need + "?lang=en");
		page(world, Actor.COMPANY, "/perusahaan/kebutuhan/" + need + "/penawaran?lang=en");
		page(world, Actor.OFFICER, "/kemitraan/" + partnership + "?lang=en");
		page(world, Actor.OFFICER, "/petugas/laporan?lang=en");
		page(world, Actor.ADMIN, "/admin/akun?lang=en");
		collectAccountStates(world);
	}

	/**
	 * Account recovery and self-service (issue 13): the pages a link, a code or a
	 * half-done login opens, which the plain routes reach only as their "invalid" page.
	 */
	private void collectAccountStates(AccessWorld world) throws Exception {
		var tokens = context.getBean(id.simitra.account.internal.AccountTokens.class);
		var secondFactor = context.getBean(id.simitra.account.internal.SecondFactor.class);
		var accounts = context.getBean(id.simitra.account.AccountService.class);
		var purpose = id.simitra.account.internal.AccountTokens.Purpose.class;
		Long owner = world.umkmUser.accountId();
		page(world, Actor.ANONYMOUS, "/sandi-baru?token="
				+ tokens.issueLink(owner, Enum.valueOf(purpose, "RESET_LINK"), java.time.Duration.ofMinutes(30), null));
		page(world, Actor.ANONYMOUS, "/sandi-baru?lang=en&token="
				+ tokens.issueLink(owner, Enum.valueOf(purpose, "RESET_LINK"), java.time.Duration.ofMinutes(30), null));
		page(world, Actor.UMKM, "/akun/email/konfirmasi?token=" + tokens.issueLink(owner,
				Enum.valueOf(purpose, "EMAIL_CHANGE"), java.time.Duration.ofHours(1), "baru@contoh.test"));
		page(world, Actor.ANONYMOUS, "/lupa-sandi?lang=en");
		page(world, Actor.UMKM, "/akun?lang=en");
		page(world, Actor.OFFICER, "/petugas/akun?email=" + world.umkmUser.getUsername());
		page(world, Actor.OFFICER, "/petugas/akun?email=tidak-ada@contoh.test");
		// A login with a second factor: its second step, and the officer's account page
		// with the factor on.
		String email = "petugas-" + java.util.UUID.randomUUID() + "@contoh.test";
		Long officer = accounts
			.createOfficer(email, id.simitra.support.WebSession.PASSWORD, "Petugas Dua Langkah", "12")
			.id();
		String secret = id.simitra.account.internal.SecondFactor.newSecret();
		secondFactor.enable(officer, secret, secondFactor.codeAt(secret, java.time.Instant.now()), null);
		MvcResult half = mvc
			.perform(post("/masuk").with(csrf())
				.param("email", email)
				.param("password", id.simitra.support.WebSession.PASSWORD))
			.andReturn();
		org.springframework.mock.web.MockHttpSession session = (org.springframework.mock.web.MockHttpSession) half
			.getRequest()
			.getSession(false);
		MvcResult step = mvc.perform(get("/masuk/dua-langkah").session(session).accept("text/html")).andReturn();
		assertThat(keep("/masuk/dua-langkah (pending)", "/masuk/dua-langkah", Actor.ANONYMOUS, step)).isTrue();
		MvcResult wrong = mvc.perform(
				post("/masuk/dua-langkah").with(csrf()).session(session).param("code", "000000").accept("text/html"))
			.andReturn();
		assertThat(keep("POST /masuk/dua-langkah (wrong code)", "/masuk/dua-langkah-wrong", Actor.ANONYMOUS, wrong))
			.isTrue();
		mvc.perform(post("/masuk/dua-langkah").with(csrf())
			.session(session)
			.param("code", secondFactor.codeAt(secret, java.time.Instant.now().plusSeconds(30))));
		MvcResult settings = mvc.perform(get("/akun").session(session).accept("text/html")).andReturn();
		assertThat(keep("/akun (second factor on)", "/akun-second-factor", Actor.OFFICER, settings)).isTrue();
		MvcResult codes = mvc
			.perform(post("/akun/dua-langkah/kode-cadangan").with(csrf())
				.session(session)
				.param("currentPassword", id.simitra.support.WebSession.PASSWORD)
				.accept("text/html"))
			.andReturn();
		assertThat(keep("recovery codes", "/akun/dua-langkah/kode-cadangan", Actor.OFFICER, codes)).isTrue();
		MvcResult issued = mvc
			.perform(post("/petugas/akun/" + owner + "/kode-reset").with(csrf())
				.session(world.sessions.get(Actor.OFFICER))
				.accept("text/html"))
			.andReturn();
		assertThat(keep("issued code", "/petugas/akun/kode-reset-issued", Actor.OFFICER, issued)).isTrue();
	}

	/**
	 * The main forms sent back with validation errors, in Indonesian and once in English.
	 */
	private void collectInvalidForms(AccessWorld world) throws Exception {
		Long need = world.need();
		Long product = world.product();
		form(world, Actor.ANONYMOUS,
				post("/daftar").param("displayName", "")
					.param("email", "bukan-email")
					.param("password", "pendek")
					.param("passwordConfirm", "lain")
					.param("role", "UMKM"));
		form(world, Actor.ANONYMOUS, post("/daftar?lang=en").param("email", "not-an-email").param("role", "COMPANY"));
		form(world, Actor.UMKM,
				post("/umkm/profil").param("businessName", "")
					.param("nib", "12")
					.param("kbliCodes", "99999")
					.param("capital", "-5"));
		form(world, Actor.UMKM, post("/umkm/profil?lang=en").param("businessName", ""));
		form(world, Actor.UMKM, post("/umkm/produk/baru").param("name", "").param("capacityPerMonth", "-1"));
		form(world, Actor.UMKM, post("/umkm/produk/" + product + "/ubah").param("name", "").param("version", "0"));
		form(world, Actor.COMPANY, post("/perusahaan/kebutuhan/baru").param("title", "").param("quantity", "nol"));
		form(world, Actor.COMPANY, post("/perusahaan/kebutuhan/baru?lang=en").param("title", ""));
		form(world, Actor.COMPANY, post("/perusahaan/profil").param("name", ""));
		form(world, Actor.UMKM,
				multipart("/umkm/sertifikat/baru").param("typeCode", "HALAL")
					.param("number", "bukan nomor")
					.param("issuedOn", "kemarin"));
		form(world, Actor.UMKM,
				multipart("/umkm/kebutuhan/" + need + "/penawaran")
					.file(new MockMultipartFile("attachment", "catatan.txt", "text/plain",
							"bukan pdf".getBytes(StandardCharsets.UTF_8)))
					.param("quantity", "")
					.param("unitPrice", "-1")
					.param("validUntil", "2000-01-01"));
		form(world, Actor.COMPANY,
				post("/kemitraan/" + world.draftPartnership(world.need()) + "/ubah").param("startDate", "besok")
					.param("endDate", "2000-01-01")
					.param("value", "-1"));
		form(world, Actor.UMKM, post("/percakapan/" + world.conversationWithContacts(world.need())).param("body", " "));
		form(world, Actor.ADMIN, post("/admin/akun/petugas-baru").param("email", "x").param("provinceCode", ""));
		// company teams (issue 13): the invite form and joining with a new account
		form(world, Actor.COMPANY, post("/perusahaan/anggota/undang").param("email", "bukan-email"));
		form(world, Actor.ANONYMOUS,
				post("/undangan/" + world.invitation().token() + "/akun-baru").param("displayName", "")
					.param("password", "pendek")
					.param("passwordConfirm", "lain"));
		form(world, Actor.ANONYMOUS, post("/lupa-sandi/kode").param("email", "").param("password", "pendek"));
		form(world, Actor.ANONYMOUS, post("/lupa-sandi/kode?lang=en").param("email", "x@contoh.test"));
		form(world, Actor.ANONYMOUS, post("/lupa-sandi").param("email", ""));
		form(world, Actor.UMKM,
				post("/akun/sandi").param("currentPassword", "")
					.param("password", "pendek")
					.param("passwordConfirm", "lain"));
		form(world, Actor.UMKM, post("/akun/email").param("email", "bukan-email").param("currentPassword", ""));
		form(world, Actor.OFFICER, post("/akun/dua-langkah").param("code", "1"));
	}

	/**
	 * The error pages as Boot's error controller renders them after a failure (MockMvc
	 * does not forward to /error by itself), anonymous and signed in; the 503 page also
	 * as ErrorAdvice and DatabaseUnavailableFilter render it, with its "try again" link.
	 */
	private void collectErrorPages(AccessWorld world) throws Exception {
		for (int status : new int[] { 400, 403, 404, 409, 500, 503 }) {
			for (Actor actor : new Actor[] { Actor.ANONYMOUS, Actor.UMKM }) {
				MockHttpServletRequestBuilder request = get("/error").accept("text/html")
					.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
					.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/direktori/umkm/1");
				if (actor != Actor.ANONYMOUS) {
					request.session(world.sessions.get(actor));
				}
				MvcResult result = mvc.perform(request).andReturn();
				assertThat(result.getResponse().getStatus()).as("error page " + status).isEqualTo(status);
				keep("error page " + status + " as " + actor, "/error/" + status, actor, result);
			}
		}
		MvcResult english = mvc
			.perform(get("/error?lang=en").accept("text/html").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404))
			.andReturn();
		keep("error page 404 in English", "/error/404?lang=en", Actor.ANONYMOUS, english);
		for (Locale locale : new Locale[] { Locale.forLanguageTag("id"), Locale.ENGLISH }) {
			View view = views.resolveViewName(DatabaseUnavailable.VIEW, locale);
			MockHttpServletRequest request = new MockHttpServletRequest("GET", "/direktori");
			MockHttpServletResponse response = new MockHttpServletResponse();
			view.render(Map.of("retryUrl", "/direktori?q=kopi"), request, response);
			add("503 page (" + locale + ")", "error-503-" + locale + ".html", response.getContentAsString());
			View storageFull = views.resolveViewName(StorageFull.VIEW, locale);
			MockHttpServletResponse full = new MockHttpServletResponse();
			storageFull.render(Map.of(), request, full);
			add("507 page (" + locale + ")", "error-507-" + locale + ".html", full.getContentAsString());
		}
	}

	private void page(AccessWorld world, Actor actor, String path) throws Exception {
		MockHttpServletRequestBuilder request = get(path).accept("text/html");
		if (actor != Actor.ANONYMOUS) {
			request.session(world.sessions.get(actor));
		}
		MvcResult result = mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).as(path + " as " + actor).isEqualTo(200);
		keep(path + " as " + actor, path, actor, result);
	}

	private void form(AccessWorld world, Actor actor, AbstractMockHttpServletRequestBuilder<?> request)
			throws Exception {
		request.with(csrf()).accept("text/html");
		if (actor != Actor.ANONYMOUS) {
			request.session(world.sessions.get(actor));
		}
		MvcResult result = mvc.perform(request).andReturn();
		String url = "POST " + result.getRequest().getRequestURI() + " (invalid) as " + actor;
		assertThat(result.getResponse().getStatus()).as(url + " re-renders the form").isEqualTo(200);
		assertThat(keep(url, "POST " + result.getRequest().getRequestURI() + "-invalid", actor, result)).as(url)
			.isTrue();
	}

	/** Keeps the response if it is a 200 HTML document; false otherwise. */
	private boolean keep(String url, String path, Actor actor, MvcResult result) throws IOException {
		MockHttpServletResponse response = result.getResponse();
		String type = response.getContentType();
		int status = response.getStatus();
		boolean errorPage = path.startsWith("/error/");
		if ((status != 200 && !errorPage) || type == null || !type.startsWith("text/html")) {
			return false;
		}
		String name = ((path.equals("/") || path.startsWith("/?") ? "home" + path.substring(1) : path) + "-" + actor)
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-|-$", "") + ".html";
		add(url, name, response.getContentAsString(StandardCharsets.UTF_8));
		return true;
	}

	private void add(String url, String name, String html) {
		String unique = name;
		for (int n = 2; pages.containsKey(unique); n++) {
			unique = name.replace(".html", "-" + n + ".html");
		}
		pages.put(unique, new Page(url, html));
	}

	/**
	 * One run of the checker over all files; its JSON report. Fails if it cannot run or
	 * says nothing parseable.
	 */
	private static JsonNode runChecker(List<Path> files) throws Exception {
		if (!Files.isDirectory(VNU) || !Files.exists(VNU.resolve("version.txt"))) {
			fail("The Nu Html Checker is missing from " + VNU.toAbsolutePath()
					+ ": the build copies it there (maven-antrun-plugin, phase generate-test-resources); run the tests "
					+ "through ./mvnw");
		}
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xss1m", "-cp",
						VNU.toAbsolutePath() + java.io.File.separator + "*",
						"nu.validator.client.SimpleCommandLineValidator", "--format", "json", "--stdout"));
		files.forEach(f -> command.add(f.toAbsolutePath().toString()));
		Path stderr = Files.createTempFile("vnu", ".err");
		Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
		String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			fail("The Nu Html Checker did not finish within 5 minutes");
		}
		String err = Files.readString(stderr);
		Files.delete(stderr);
		// Exit status 1 only says "there were errors"; anything else, or no JSON, means
		// it did not check.
		if (process.exitValue() > 1 || !out.strip().startsWith("{")) {
			fail("The Nu Html Checker did not run (exit " + process.exitValue() + "):\n" + out + "\n" + err);
		}
		JsonNode report = JsonMapper.builder().build().readTree(out);
		if (!report.path("messages").isArray()) {
			fail("Unexpected output from the Nu Html Checker:\n" + out + "\n" + err);
		}
		return report;
	}

	private static String fileName(String url) {
		return url.substring(url.lastIndexOf('/') + 1);
	}

}
