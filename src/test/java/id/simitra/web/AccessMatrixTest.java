package id.simitra.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import id.simitra.account.AccountService;
import id.simitra.account.Role;
import id.simitra.account.SimitraUser;
import id.simitra.company.CompanyProfile;
import id.simitra.company.CompanyService;
import id.simitra.need.NeedData;
import id.simitra.need.NeedService;
import id.simitra.notification.NotificationService;
import id.simitra.offer.ConversationService;
import id.simitra.offer.OfferData;
import id.simitra.offer.OfferService;
import id.simitra.partnership.PartnershipAction;
import id.simitra.partnership.PartnershipService;
import id.simitra.partnership.ProposalData;
import id.simitra.product.ProductPhotoService;
import id.simitra.shared.PartnershipPattern;
import id.simitra.shared.Unit;
import id.simitra.shortlist.ShortlistService;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;
import id.simitra.support.WebSession;
import id.simitra.umkm.CertificateData;
import id.simitra.umkm.CertificateService;
import id.simitra.umkm.NewDocument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every route the application maps, for every kind of visitor, against the one table of access rules below. Path
 * variables are filled with fresh records of the "own" UMKM and company for each request, so a POST cannot spoil
 * the next one, and the other UMKM / other company show the object-level checks. A route missing from the table
 * fails: a new route needs a rule here before it ships.
 */
@SimitraTest
class AccessMatrixTest {

	enum Actor {
		ANONYMOUS, UMKM, OTHER_UMKM, COMPANY, OTHER_COMPANY, OFFICER, ADMIN
	}

	enum Outcome {
		/** Not 401/403 and not sent to the login page (a 200, a redirect elsewhere, a 400 for missing fields). */
		ALLOWED,
		/** 403, or anonymous sent to the login page. */
		DENIED,
		/** 404: the application does not say the record exists. */
		HIDDEN
	}

	/** Who may: the listed actors; everybody else is denied, except those listed as getting a 404. */
	record Rule(Set<Actor> allowed, Set<Actor> hidden) {

		Rule hiding(Actor... actors) {
			Set<Actor> h = EnumSet.noneOf(Actor.class);
			h.addAll(hidden);
			h.addAll(List.of(actors));
			return new Rule(allowed, h);
		}

		Outcome expected(Actor actor) {
			return allowed.contains(actor) ? Outcome.ALLOWED : hidden.contains(actor) ? Outcome.HIDDEN : Outcome.DENIED;
		}

	}

	static Rule allow(Actor... actors) {
		return new Rule(actors.length == 0 ? EnumSet.noneOf(Actor.class) : EnumSet.copyOf(List.of(actors)),
				EnumSet.noneOf(Actor.class));
	}

	static final Actor ANONYMOUS = Actor.ANONYMOUS, UMKM = Actor.UMKM, OTHER_UMKM = Actor.OTHER_UMKM,
			COMPANY = Actor.COMPANY, OTHER_COMPANY = Actor.OTHER_COMPANY, OFFICER = Actor.OFFICER, ADMIN = Actor.ADMIN;

	static final Rule PUBLIC = allow(Actor.values());

	static final Rule SIGNED_IN = allow(UMKM, OTHER_UMKM, COMPANY, OTHER_COMPANY, OFFICER, ADMIN);

	static final Rule ANY_UMKM = allow(UMKM, OTHER_UMKM);

	static final Rule ANY_COMPANY = allow(COMPANY, OTHER_COMPANY);

	/** The UMKM whose record it is; the other UMKM is refused. */
	static final Rule OWN_UMKM = allow(UMKM);

	/** The company whose record it is; the other company is refused. */
	static final Rule OWN_COMPANY = allow(COMPANY);

	static final Rule OFFICERS = allow(OFFICER);

	static final Rule ADMINS = allow(ADMIN);

	/** The access rules, once. Keys are "METHOD pattern" exactly as mapped. */
	static final Map<String, Rule> RULES = new TreeMap<>(Map.ofEntries(
			// public pages
			Map.entry("GET /", PUBLIC),
			Map.entry("GET /direktori", PUBLIC),
			Map.entry("GET /direktori/umkm/{id}", PUBLIC),
			Map.entry("GET /foto/{id}", PUBLIC),
			Map.entry("GET /foto/{id}/kecil", PUBLIC),
			Map.entry("GET /data/kemitraan.json", PUBLIC),
			Map.entry("GET /masuk", PUBLIC),
			Map.entry("GET /daftar", PUBLIC),
			Map.entry("POST /daftar", PUBLIC),
			Map.entry("GET /error", PUBLIC),
			// every signed-in account
			Map.entry("GET /dasbor", SIGNED_IN),
			Map.entry("GET /notifikasi", SIGNED_IN),
			Map.entry("POST /notifikasi/baca-semua", SIGNED_IN),
			// a notification is found by id and account: someone else's is "not found"
			Map.entry("POST /notifikasi/{id}/baca", allow(UMKM).hiding(OTHER_UMKM, COMPANY, OTHER_COMPANY, OFFICER, ADMIN)),
			// the list is for the parties (UMKM and companies); officers open single conversations from their pages
			Map.entry("GET /percakapan", allow(UMKM, OTHER_UMKM, COMPANY, OTHER_COMPANY)),
			Map.entry("GET /percakapan/{id}", allow(UMKM, COMPANY, OFFICER)),
			Map.entry("POST /percakapan/{id}", allow(UMKM, COMPANY)),
			Map.entry("POST /percakapan/{id}/kontak", allow(UMKM, COMPANY)),
			// the owner, officers, administrators, and companies with a partnership or proposal with the UMKM
			Map.entry("GET /dokumen/{id}", allow(UMKM, COMPANY, OFFICER, ADMIN)),
			// UMKM area
			Map.entry("GET /umkm", ANY_UMKM),
			Map.entry("GET /umkm/profil", ANY_UMKM),
			Map.entry("POST /umkm/profil", ANY_UMKM),
			Map.entry("GET /umkm/kebutuhan", ANY_UMKM),
			Map.entry("GET /umkm/kebutuhan/{needId}", ANY_UMKM),
			Map.entry("GET /umkm/kebutuhan/{needId}/penawaran", ANY_UMKM),
			Map.entry("POST /umkm/kebutuhan/{needId}/penawaran", ANY_UMKM),
			Map.entry("GET /umkm/kemitraan", ANY_UMKM),
			Map.entry("GET /umkm/penawaran", ANY_UMKM),
			Map.entry("GET /umkm/penawaran/{id}", OWN_UMKM),
			Map.entry("GET /umkm/penawaran/{id}/ubah", OWN_UMKM),
			Map.entry("POST /umkm/penawaran/{id}/ubah", OWN_UMKM),
			Map.entry("GET /umkm/penawaran/{id}/tarik", OWN_UMKM),
			Map.entry("POST /umkm/penawaran/{id}/tarik", OWN_UMKM),
			Map.entry("GET /umkm/penawaran/{id}/lampiran", OWN_UMKM),
			Map.entry("POST /umkm/penawaran/{id}/lampiran", OWN_UMKM),
			Map.entry("GET /umkm/penawaran/{id}/lampiran/{documentId}/hapus", OWN_UMKM),
			Map.entry("POST /umkm/penawaran/{id}/lampiran/{documentId}/hapus", OWN_UMKM),
			Map.entry("GET /umkm/produk", ANY_UMKM),
			Map.entry("GET /umkm/produk/baru", ANY_UMKM),
			Map.entry("POST /umkm/produk/baru", ANY_UMKM),
			Map.entry("GET /umkm/produk/{id}/ubah", OWN_UMKM),
			Map.entry("POST /umkm/produk/{id}/ubah", OWN_UMKM),
			Map.entry("GET /umkm/produk/{id}/hapus", OWN_UMKM),
			Map.entry("POST /umkm/produk/{id}/hapus", OWN_UMKM),
			Map.entry("POST /umkm/produk/{id}/foto", OWN_UMKM),
			Map.entry("GET /umkm/produk/{id}/foto/{photoId}/hapus", OWN_UMKM),
			Map.entry("POST /umkm/produk/{id}/foto/{photoId}/hapus", OWN_UMKM),
			Map.entry("GET /umkm/sertifikat", ANY_UMKM),
			Map.entry("GET /umkm/sertifikat/baru", ANY_UMKM),
			Map.entry("POST /umkm/sertifikat/baru", ANY_UMKM),
			Map.entry("GET /umkm/sertifikat/{id}/ubah", OWN_UMKM),
			Map.entry("POST /umkm/sertifikat/{id}/ubah", OWN_UMKM),
			Map.entry("GET /umkm/sertifikat/{id}/hapus", OWN_UMKM),
			Map.entry("POST /umkm/sertifikat/{id}/hapus", OWN_UMKM),
			// company area
			Map.entry("GET /perusahaan", ANY_COMPANY),
			Map.entry("GET /perusahaan/profil", ANY_COMPANY),
			Map.entry("POST /perusahaan/profil", ANY_COMPANY),
			Map.entry("GET /perusahaan/kebutuhan/baru", ANY_COMPANY),
			Map.entry("POST /perusahaan/kebutuhan/baru", ANY_COMPANY),
			Map.entry("GET /perusahaan/kebutuhan/{id}", OWN_COMPANY),
			Map.entry("GET /perusahaan/kebutuhan/{id}/ubah", OWN_COMPANY),
			Map.entry("POST /perusahaan/kebutuhan/{id}/ubah", OWN_COMPANY),
			Map.entry("POST /perusahaan/kebutuhan/{id}/status", OWN_COMPANY),
			Map.entry("GET /perusahaan/kebutuhan/{id}/kenapa", OWN_COMPANY),
			Map.entry("GET /perusahaan/kebutuhan/{needId}/penawaran", OWN_COMPANY),
			Map.entry("POST /perusahaan/kebutuhan/{needId}/undang/{umkmId}", OWN_COMPANY),
			Map.entry("GET /perusahaan/kebutuhan/{needId}/usul/{umkmId}", OWN_COMPANY),
			Map.entry("POST /perusahaan/kebutuhan/{needId}/usul/{umkmId}", OWN_COMPANY),
			Map.entry("POST /perusahaan/penawaran/{offerId}/pilih", OWN_COMPANY),
			Map.entry("GET /perusahaan/penawaran/{offerId}/terima", OWN_COMPANY),
			Map.entry("POST /perusahaan/penawaran/{offerId}/terima", OWN_COMPANY),
			Map.entry("GET /perusahaan/penawaran/{offerId}/tolak", OWN_COMPANY),
			Map.entry("POST /perusahaan/penawaran/{offerId}/tolak", OWN_COMPANY),
			Map.entry("GET /perusahaan/kemitraan", ANY_COMPANY),
			Map.entry("GET /perusahaan/daftar-pendek", ANY_COMPANY),
			Map.entry("POST /perusahaan/daftar-pendek", ANY_COMPANY),
			Map.entry("POST /perusahaan/daftar-pendek/simpan", ANY_COMPANY),
			Map.entry("GET /perusahaan/daftar-pendek/{id:[0-9]+}", OWN_COMPANY),
			Map.entry("GET /perusahaan/daftar-pendek/{id:[0-9]+}.csv", OWN_COMPANY),
			Map.entry("POST /perusahaan/daftar-pendek/{id:[0-9]+}/ubah", OWN_COMPANY),
			Map.entry("GET /perusahaan/daftar-pendek/{id:[0-9]+}/hapus", OWN_COMPANY),
			Map.entry("POST /perusahaan/daftar-pendek/{id:[0-9]+}/hapus", OWN_COMPANY),
			Map.entry("GET /perusahaan/daftar-pendek/{id:[0-9]+}/umkm/{umkmId}/hapus", OWN_COMPANY),
			Map.entry("POST /perusahaan/daftar-pendek/{id:[0-9]+}/umkm/{umkmId}/hapus", OWN_COMPANY),
			// partnerships: the two parties, the officers of the UMKM's province
			Map.entry("GET /kemitraan/{id}", allow(UMKM, COMPANY, OFFICER, ADMIN)),
			Map.entry("POST /kemitraan/{id}/tanggapan", OWN_UMKM),
			Map.entry("GET /kemitraan/{id}/ubah", OWN_COMPANY),
			Map.entry("POST /kemitraan/{id}/ubah", OWN_COMPANY),
			Map.entry("POST /kemitraan/{id}/usulkan", OWN_COMPANY),
			Map.entry("GET /kemitraan/{id}/perjanjian", OWN_COMPANY),
			Map.entry("POST /kemitraan/{id}/perjanjian", OWN_COMPANY),
			Map.entry("POST /kemitraan/{id}/kirim", OWN_COMPANY),
			Map.entry("POST /kemitraan/{id}/mulai", OWN_COMPANY),
			Map.entry("GET /kemitraan/{id}/selesai", allow(UMKM, COMPANY)),
			Map.entry("POST /kemitraan/{id}/selesai", allow(UMKM, COMPANY)),
			Map.entry("GET /kemitraan/{id}/akhiri", allow(UMKM, COMPANY)),
			Map.entry("POST /kemitraan/{id}/akhiri", allow(UMKM, COMPANY)),
			Map.entry("POST /kemitraan/{id}/nilai", allow(UMKM, COMPANY)),
			Map.entry("POST /kemitraan/{id}/keputusan", OFFICERS),
			// officers
			Map.entry("GET /petugas", OFFICERS),
			Map.entry("GET /petugas/sertifikat", OFFICERS),
			Map.entry("GET /petugas/sertifikat/{id}", OFFICERS),
			Map.entry("POST /petugas/sertifikat/{id}/keputusan", OFFICERS),
			Map.entry("GET /petugas/umkm", OFFICERS),
			Map.entry("POST /petugas/umkm/{id}/verifikasi", OFFICERS),
			Map.entry("GET /petugas/audit", OFFICERS),
			Map.entry("GET /petugas/laporan", OFFICERS),
			Map.entry("GET /petugas/laporan/ekspor", OFFICERS),
			Map.entry("GET /petugas/laporan/ekspor/{kind:kemitraan|umkm}.{format:csv|xlsx}", OFFICERS),
			Map.entry("GET /petugas/rekomendasi", OFFICERS),
			Map.entry("POST /petugas/rekomendasi", OFFICERS),
			Map.entry("GET /petugas/pencocokan", OFFICERS),
			// administrators
			Map.entry("GET /admin/pencocokan", ADMINS),
			Map.entry("GET /admin/akun", ADMINS),
			Map.entry("GET /admin/akun/petugas-baru", ADMINS),
			Map.entry("POST /admin/akun/petugas-baru", ADMINS),
			Map.entry("GET /admin/akun/{id}/ubah", ADMINS),
			Map.entry("POST /admin/akun/{id}/ubah", ADMINS),
			Map.entry("POST /admin/akun/{id}/status", ADMINS)));

	/**
	 * Form fields a route needs before it gets to its access check (otherwise a 400 for a missing parameter would
	 * count as "allowed" for everyone). Variables as in the path, filled with the same records.
	 */
	static final Map<String, String> FORMS = Map.of(
			"POST /perusahaan/kebutuhan/{id}/status", "buka=false",
			"POST /petugas/rekomendasi", "needId={needId}&umkmId={umkmId}&note=Cocok");

	/**
	 * The owners live in Kota Banjarmasin and the officer works for Kalimantan Selatan, so the many partnerships
	 * this test submits stay out of the North Sumatra review queue other tests look at.
	 */
	static final String PROVINCE = "63";

	static final String REGENCY = "63.71";

	private static final Pattern VARIABLE = Pattern.compile("\\{([a-zA-Z]+)(?::[^}]*)?}");

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AccountService accounts;

	@Autowired
	CompanyService companies;

	@Autowired
	NeedService needs;

	@Autowired
	OfferService offers;

	@Autowired
	ConversationService conversations;

	@Autowired
	PartnershipService partnerships;

	@Autowired
	CertificateService certificates;

	@Autowired
	ProductPhotoService photos;

	@Autowired
	ShortlistService shortlists;

	@Autowired
	NotificationService notifications;

	@Autowired
	JdbcClient jdbc;

	@TestFactory
	Stream<DynamicTest> everyRouteForEveryActorFollowsTheTable() throws Exception {
		Set<String> routes = routes();
		Set<String> unruled = new TreeSet<>(routes);
		unruled.removeAll(RULES.keySet());
		Set<String> stale = new TreeSet<>(RULES.keySet());
		stale.removeAll(routes);
		World world = new World();
		List<DynamicTest> tests = new ArrayList<>();
		tests.add(DynamicTest.dynamicTest("every route has an access rule", () -> {
			if (!unruled.isEmpty()) {
				fail("new route without an access rule: " + String.join(", ", unruled)
						+ " (add it to AccessMatrixTest.RULES)");
			}
		}));
		tests.add(DynamicTest.dynamicTest("every rule has a route", () -> assertThat(stale)
			.as("rules for routes that no longer exist").isEmpty()));
		for (String route : routes) {
			Rule rule = RULES.get(route);
			if (rule == null) {
				continue;
			}
			for (Actor actor : Actor.values()) {
				Outcome expected = rule.expected(actor);
				tests.add(DynamicTest.dynamicTest(route + " as " + actor + " → " + expected,
						() -> assertThat(world.outcome(route, actor)).as(route + " as " + actor).isEqualTo(expected)));
			}
		}
		return tests.stream();
	}

	@TestFactory
	Stream<DynamicTest> everyPostWithoutACsrfTokenIsRefused() throws Exception {
		MockHttpSession umkm = WebSession.login(mvc, fixtures.accountEmail(Role.UMKM), WebSession.PASSWORD);
		// Login and logout are Spring Security's filters, not handler methods, so they are named here.
		List<String> posts = Stream
			.concat(Stream.of("POST /masuk", "POST /keluar"), routes().stream().filter(r -> r.startsWith("POST ")))
			.toList();
		assertThat(posts).isNotEmpty();
		return posts.stream().map(route -> DynamicTest.dynamicTest(route + " without CSRF token → 403", () -> {
			String path = VARIABLE.matcher(route.substring(5)).replaceAll(m -> m.group(0).startsWith("{kind") ? "umkm"
					: m.group(0).startsWith("{format") ? "csv" : "1");
			int status = mvc.perform(request(HttpMethod.POST, path).session(umkm)).andReturn().getResponse().getStatus();
			assertThat(status).as(route).isEqualTo(403);
			int anonymous = mvc.perform(request(HttpMethod.POST, path)).andReturn().getResponse().getStatus();
			assertThat(anonymous).as(route + " anonymous").isEqualTo(403);
		}));
	}

	/** "METHOD pattern" for every handler method; a mapping without a method (Boot's /error) counts as GET. */
	private Set<String> routes() {
		Set<String> routes = new TreeSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<String> methods = new TreeSet<>();
			info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
			if (methods.isEmpty()) {
				methods.add("GET");
			}
			for (String pattern : info.getPatternValues()) {
				methods.forEach(m -> routes.add(m + " " + pattern));
			}
		}
		return routes;
	}

	/** The seven visitors, logged in once, and fresh records of the "own" UMKM and company on demand. */
	final class World {

		final Map<Actor, MockHttpSession> sessions = new EnumMap<>(Actor.class);

		final SimitraUser umkmUser;

		final SimitraUser companyUser;

		final SimitraUser officerUser;

		final Long umkmId;

		final Long companyId;

		World() throws Exception {
			String umkmEmail = fixtures.accountEmail(Role.UMKM);
			String otherUmkmEmail = fixtures.accountEmail(Role.UMKM);
			String companyEmail = fixtures.accountEmail(Role.COMPANY);
			String otherCompanyEmail = fixtures.accountEmail(Role.COMPANY);
			String officerEmail = "petugas-" + UUID.randomUUID() + "@contoh.test";
			accounts.createOfficer(officerEmail, WebSession.PASSWORD, "Petugas Matriks", PROVINCE);
			String adminEmail = fixtures.accountEmail(Role.ADMIN);
			umkmUser = (SimitraUser) accounts.loadUserByUsername(umkmEmail);
			companyUser = (SimitraUser) accounts.loadUserByUsername(companyEmail);
			officerUser = (SimitraUser) accounts.loadUserByUsername(officerEmail);
			SimitraUser otherUmkmUser = (SimitraUser) accounts.loadUserByUsername(otherUmkmEmail);
			SimitraUser otherCompanyUser = (SimitraUser) accounts.loadUserByUsername(otherCompanyEmail);
			umkmId = fixtures.umkmOwnedBy(umkmUser.accountId(), "Kopi Matriks " + tag(), REGENCY, "10761").id();
			fixtures.umkmOwnedBy(otherUmkmUser.accountId(), "Usaha Lain " + tag(), REGENCY, "10761");
			companyId = companies.saveProfile(companyUser.accountId(),
					new CompanyProfile("PT Matriks " + tag(), null, "Pangan", REGENCY, "Jl. Uji 2"), null)
				.id();
			companies.saveProfile(otherCompanyUser.accountId(),
					new CompanyProfile("PT Lain " + tag(), null, "Pangan", REGENCY, "Jl. Uji 3"), null);
			// The company is the UMKM's partner (may open its documents); the other company is not.
			submittedPartnership(need());
			sessions.put(UMKM, WebSession.login(mvc, umkmEmail, WebSession.PASSWORD));
			sessions.put(OTHER_UMKM, WebSession.login(mvc, otherUmkmEmail, WebSession.PASSWORD));
			sessions.put(COMPANY, WebSession.login(mvc, companyEmail, WebSession.PASSWORD));
			sessions.put(OTHER_COMPANY, WebSession.login(mvc, otherCompanyEmail, WebSession.PASSWORD));
			sessions.put(OFFICER, WebSession.login(mvc, officerEmail, WebSession.PASSWORD));
			sessions.put(ADMIN, WebSession.login(mvc, adminEmail, WebSession.PASSWORD));
		}

		Outcome outcome(String route, Actor actor) throws Exception {
			int space = route.indexOf(' ');
			String method = route.substring(0, space);
			String form = FORMS.get(route);
			String path = fill(route.substring(space + 1) + (form == null ? "" : "?" + form));
			MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path).header("Accept",
					"text/html");
			if ("POST".equals(method)) {
				request.with(csrf());
			}
			if (actor != ANONYMOUS) {
				request.session(sessions.get(actor));
			}
			MvcResult result = mvc.perform(request).andReturn();
			int status = result.getResponse().getStatus();
			String location = result.getResponse().getRedirectedUrl();
			if (status == 401 || status == 403 || (location != null && location.endsWith("/masuk"))) {
				return Outcome.DENIED;
			}
			if (status == 404) {
				return Outcome.HIDDEN;
			}
			if (!path.equals("/error")) {
				// (/error requested directly has no error to show and answers 500 by design)
				assertThat(status).as(method + " " + path + " as " + actor + " must not fail on the server")
					.isLessThan(500);
			}
			return Outcome.ALLOWED;
		}

		/** The pattern with each variable replaced by a fresh record of the owners that fits the route. */
		private String fill(String pattern) {
			Map<String, Supplier<Object>> values = new TreeMap<>();
			Long[] product = new Long[1];
			Long[] need = new Long[1];
			Long[] offer = new Long[1];
			Supplier<Long> productId = () -> product[0] == null ? product[0] = product() : product[0];
			Supplier<Long> needId = () -> need[0] == null ? need[0] = need() : need[0];
			Supplier<Long> offerId = () -> offer[0] == null ? offer[0] = offer(needId.get()) : offer[0];
			values.put("kind", () -> "kemitraan");
			values.put("format", () -> "csv");
			values.put("umkmId", () -> umkmId);
			values.put("needId", needId::get);
			values.put("offerId", offerId::get);
			values.put("photoId", () -> photo(productId.get()));
			values.put("documentId", () -> attachment(offerId.get()));
			values.put("id", () -> {
				if (pattern.startsWith("/umkm/produk/")) {
					return productId.get();
				}
				if (pattern.startsWith("/foto/")) {
					return photo(productId.get());
				}
				if (pattern.startsWith("/umkm/sertifikat/") || pattern.startsWith("/petugas/sertifikat/")) {
					return certificate();
				}
				if (pattern.startsWith("/dokumen/")) {
					return jdbc.sql("select document_id from umkm_certificate where id = ?")
						.param(certificate())
						.query(Long.class)
						.single();
				}
				if (pattern.startsWith("/petugas/umkm/") || pattern.startsWith("/direktori/umkm/")) {
					return umkmId;
				}
				if (pattern.startsWith("/admin/akun/")) {
					return accounts.createOfficer("petugas-" + UUID.randomUUID() + "@contoh.test", WebSession.PASSWORD,
							"Petugas " + tag(), PROVINCE)
						.id();
				}
				if (pattern.startsWith("/perusahaan/daftar-pendek/")) {
					Long list = shortlists.create(companyId, "Daftar " + tag()).id();
					shortlists.add(list, companyId, umkmId);
					return list;
				}
				if (pattern.startsWith("/notifikasi/")) {
					notifications.notify(umkmUser.accountId(), "notification.needFits", List.of("Kopi", "80"), "/umkm");
					return jdbc.sql("select max(id) from notification where account_id = ?")
						.param(umkmUser.accountId())
						.query(Long.class)
						.single();
				}
				if (pattern.startsWith("/percakapan/")) {
					return conversations.open(needId.get(), umkmId, companyId);
				}
				if (pattern.startsWith("/kemitraan/")) {
					return submittedPartnership(needId.get());
				}
				if (pattern.startsWith("/perusahaan/kebutuhan/")) {
					return needId.get();
				}
				if (pattern.startsWith("/umkm/penawaran/")) {
					return offerId.get();
				}
				throw new AssertionError("no record for {id} in " + pattern + ": teach AccessMatrixTest.World.fill");
			});
			Matcher m = VARIABLE.matcher(pattern);
			StringBuilder path = new StringBuilder();
			while (m.find()) {
				Supplier<Object> value = values.get(m.group(1));
				if (value == null) {
					throw new AssertionError("no value for {" + m.group(1) + "} in " + pattern);
				}
				m.appendReplacement(path, Matcher.quoteReplacement(String.valueOf(value.get())));
			}
			m.appendTail(path);
			return path.toString();
		}

		Long product() {
			return fixtures.product(umkmId, "Kopi bubuk " + tag(), "10761", Unit.KG, "500");
		}

		Long photo(Long productId) {
			return photos.add(productId, umkmId, png()).id();
		}

		Long certificate() {
			return certificates.create(umkmId, new CertificateData("NIB", "9120001234567", LocalDate.now().minusYears(1),
					null, "OSS", NewDocument.recognise("scan.pdf", PDF).orElseThrow())).id();
		}

		Long need() {
			return needs.create(companyId, new NeedData("Kopi bubuk " + tag(), "Pasokan rutin", "10761",
					new BigDecimal("100"), Unit.KG, REGENCY, LocalDate.now().plusDays(30), PartnershipPattern.RANTAI_PASOK))
				.id();
		}

		Long offer(Long needId) {
			return offers.submit(umkmId, needId, new OfferData(new BigDecimal("50"), Unit.KG, 45_000L, 7,
					LocalDate.now().plusDays(14), "Kopi robusta", null)).id();
		}

		Long attachment(Long offerId) {
			offers.attach(umkmId, offerId, NewDocument.recognise("harga.pdf", PDF).orElseThrow());
			return jdbc.sql("select max(document_id) from offer_attachment where offer_id = ?")
				.param(offerId)
				.query(Long.class)
				.single();
		}

		Long submittedPartnership(Long needId) {
			LocalDate start = LocalDate.now().plusDays(30);
			Long id = partnerships.createDraft(companyUser, needId, umkmId, new ProposalData(
					PartnershipPattern.PERDAGANGAN_UMUM, "Pasokan kopi " + tag(), 10_000_000L, start, start.plusMonths(6),
					true, null));
			partnerships.perform(companyUser, id, PartnershipAction.PROPOSE, null, true, null);
			partnerships.perform(umkmUser, id, PartnershipAction.ACCEPT, null, false, null);
			partnerships.uploadAgreement(companyUser, id, NewDocument.recognise("perjanjian.pdf", PDF).orElseThrow(),
					null);
			partnerships.perform(companyUser, id, PartnershipAction.SUBMIT, null, true, null);
			return id;
		}

	}

	static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	static byte[] png() {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", out);
			return out.toByteArray();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String tag() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
