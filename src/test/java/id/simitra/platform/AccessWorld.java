package id.simitra.platform;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

import org.springframework.context.ApplicationContext;
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
import id.simitra.company.CompanyRole;
import id.simitra.company.CompanyTeamService;
import id.simitra.company.InvitationIssued;
import id.simitra.company.CompanyService;
import id.simitra.event.EventFixtures;
import id.simitra.event.OutcomeFixtures;
import id.simitra.need.NeedData;
import id.simitra.need.NeedService;
import id.simitra.notification.NotificationKind;
import id.simitra.notification.NotificationService;
import id.simitra.offer.internal.ConversationService;
import id.simitra.offer.internal.OfferData;
import id.simitra.offer.internal.OfferService;
import id.simitra.partnership.PartnershipAction;
import id.simitra.partnership.PartnershipService;
import id.simitra.partnership.ProposalData;
import id.simitra.product.internal.ProductPhotoService;
import id.simitra.reference.PartnershipPattern;
import id.simitra.reference.Unit;
import id.simitra.shortlist.ShortlistService;
import id.simitra.support.Fixtures;
import id.simitra.support.WebSession;
import id.simitra.umkm.CertificateData;
import id.simitra.umkm.CertificateService;
import id.simitra.umkm.NewDocument;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every route the application maps, and the nine visitors (logged in once) with fresh
 * records of the "own" UMKM and company on demand: the world of {@link AccessMatrixTest},
 * shared with {@link HtmlValidityTest} so that the HTML check sees every page the access
 * table reaches.
 */
final class AccessWorld {

	enum Actor {

		ANONYMOUS, UMKM, OTHER_UMKM,
		/** The first admin of the "own" company. */
		COMPANY,
		/**
		 * Another member (staff) of the same company: acts for the company like its
		 * admin, but does not manage the profile or the team (issue 13).
		 */
		COLLEAGUE,
		/** The admin of another company: a member of another company. */
		OTHER_COMPANY, OFFICER,
		/**
		 * An officer of another province (Sumatera Utara): the owners are not theirs to
		 * see or act on.
		 */
		OFFICER_OTHER_PROVINCE,
		/**
		 * An officer the administrator has not given a province yet: sees and does
		 * nothing province-bound.
		 */
		OFFICER_NO_PROVINCE, ADMIN

	}

	/**
	 * Form fields a route needs before it gets to its access check (otherwise a 400 for a
	 * missing parameter would count as "allowed" for everyone). Variables as in the path,
	 * filled with the same records.
	 */
	static final Map<String, String> FORMS = Map.ofEntries(
			Map.entry("POST /perusahaan/kebutuhan/{id}/status", "buka=false"),
			Map.entry("POST /petugas/rekomendasi", "needId={needId}&umkmId={umkmId}&note=Cocok"),
			Map.entry("POST /perusahaan/anggota/{accountId}/peran", "role=ADMIN"),
			Map.entry("POST /perusahaan/anggota/permintaan/{id}", "setuju=false"),
			Map.entry("POST /acara/{id}/hasil/{meetingId}", "outcome=INTERESTED&version=0"),
			// issue 14 (part h3): schedule, check-in
			Map.entry("POST /petugas/acara/{id}/jadwal/susun", "version=0"),
			Map.entry("POST /petugas/acara/{id}/jadwal/susulan", "version=0"),
			Map.entry("POST /petugas/acara/{id}/jadwal/terbitkan", "version=0"),
			Map.entry("POST /petugas/acara/{id}/jadwal/{meetingId}/pindah", "slotId=0&table=1&version=0"),
			Map.entry("POST /petugas/acara/{id}/jadwal/{meetingId}/kunci", "locked=true&version=0"),
			Map.entry("POST /petugas/acara/{id}/hadir/{registrationId}", "version=0"),
			Map.entry("POST /petugas/acara/{id}/pertemuan/{meetingId}/tanda", "held=true&version=0"),
			// meeting requests before the day
			Map.entry("POST /acara/{id}/pertemuan/minta", "needId={needId}&umkmId={umkmId}"),
			Map.entry("POST /acara/{id}/pertemuan/putusan", "requestId=0&accept=true&version=0"),
			Map.entry("POST /acara/{id}/pertemuan/tarik", "requestId=0&version=0&confirmed=true"),
			Map.entry("POST /acara/{id}/daftar/tarik", "version=0&confirmed=true"),
			Map.entry("POST /petugas/acara/{id}/batal", "alasan=Banjir&confirmed=true&version=0"));

	/**
	 * The owners live in Kota Banjarmasin and the officer works for Kalimantan Selatan,
	 * so the many partnerships this world submits stay out of the North Sumatra review
	 * queue other tests look at.
	 */
	static final String PROVINCE = "63";

	static final String REGENCY = "63.71";

	/** The province of {@link Actor#OFFICER_OTHER_PROVINCE}. */
	static final String OTHER_PROVINCE = "12";

	static final Pattern VARIABLE = Pattern.compile("\\{([a-zA-Z]+)(?::[^}]*)?}");

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final AccountService accounts;

	private final CompanyService companies;

	private final NeedService needs;

	private final OfferService offers;

	private final ConversationService conversations;

	private final PartnershipService partnerships;

	private final CertificateService certificates;

	private final ProductPhotoService photos;

	private final ShortlistService shortlists;

	private final NotificationService notifications;

	private final CompanyTeamService team;

	private final JdbcClient jdbc;

	/**
	 * "METHOD pattern" for every handler method; a mapping without a method (Boot's
	 * /error) counts as GET.
	 */
	static Set<String> routes(RequestMappingHandlerMapping mappings) {
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

	final Map<Actor, MockHttpSession> sessions = new EnumMap<>(Actor.class);

	final SimitraUser umkmUser;

	final SimitraUser companyUser;

	final SimitraUser officerUser;

	final Long umkmId;

	final Long companyId;

	AccessWorld(MockMvc mvc, ApplicationContext context) throws Exception {
		this.mvc = mvc;
		this.fixtures = context.getBean(Fixtures.class);
		this.accounts = context.getBean(AccountService.class);
		this.companies = context.getBean(CompanyService.class);
		this.needs = context.getBean(NeedService.class);
		this.offers = context.getBean(OfferService.class);
		this.conversations = context.getBean(ConversationService.class);
		this.partnerships = context.getBean(PartnershipService.class);
		this.certificates = context.getBean(CertificateService.class);
		this.photos = context.getBean(ProductPhotoService.class);
		this.shortlists = context.getBean(ShortlistService.class);
		this.notifications = context.getBean(NotificationService.class);
		this.team = context.getBean(CompanyTeamService.class);
		this.jdbc = context.getBean(JdbcClient.class);
		String umkmEmail = fixtures.accountEmail(Role.UMKM);
		String otherUmkmEmail = fixtures.accountEmail(Role.UMKM);
		String companyEmail = fixtures.accountEmail(Role.COMPANY);
		String otherCompanyEmail = fixtures.accountEmail(Role.COMPANY);
		String officerEmail = "petugas-" + UUID.randomUUID() + "@contoh.test";
		accounts.createOfficer(officerEmail, WebSession.PASSWORD, "Petugas Matriks", PROVINCE);
		String otherProvinceOfficerEmail = "petugas-" + UUID.randomUUID() + "@contoh.test";
		accounts.createOfficer(otherProvinceOfficerEmail, WebSession.PASSWORD, "Petugas Provinsi Lain", OTHER_PROVINCE);
		String noProvinceOfficerEmail = "petugas-" + UUID.randomUUID() + "@contoh.test";
		accounts.createOfficer(noProvinceOfficerEmail, WebSession.PASSWORD, "Petugas Tanpa Provinsi");
		String adminEmail = fixtures.accountEmail(Role.ADMIN);
		umkmUser = (SimitraUser) accounts.loadUserByUsername(umkmEmail);
		companyUser = (SimitraUser) accounts.loadUserByUsername(companyEmail);
		officerUser = (SimitraUser) accounts.loadUserByUsername(officerEmail);
		SimitraUser otherUmkmUser = (SimitraUser) accounts.loadUserByUsername(otherUmkmEmail);
		SimitraUser otherCompanyUser = (SimitraUser) accounts.loadUserByUsername(otherCompanyEmail);
		umkmId = fixtures.umkmOwnedBy(umkmUser.accountId(), "Kopi Matriks " + tag(), REGENCY, "10761").id();
		fixtures.umkmOwnedBy(otherUmkmUser.accountId(), "Usaha Lain " + tag(), REGENCY, "10761");
		companyId = companies
			.saveProfile(companyUser.accountId(),
					new CompanyProfile("PT Matriks " + tag(), null, "Pangan", REGENCY, "Jl. Uji 2"), null)
			.id();
		// A colleague joins the company the way people do: invited by its admin,
		// accepting
		// with a new account.
		String colleagueEmail = WebSession.uniqueEmail("rekan");
		team.acceptAsNewAccount(team.invite(companyUser.accountId(), colleagueEmail, CompanyRole.STAFF).token(),
				"Rekan Matriks", WebSession.PASSWORD);
		companies.saveProfile(otherCompanyUser.accountId(),
				new CompanyProfile("PT Lain " + tag(), null, "Pangan", REGENCY, "Jl. Uji 3"), null);
		// The company is the UMKM's partner (may open its documents); the other company
		// is not.
		submittedPartnership(need());
		sessions.put(Actor.UMKM, WebSession.login(mvc, umkmEmail, WebSession.PASSWORD));
		sessions.put(Actor.OTHER_UMKM, WebSession.login(mvc, otherUmkmEmail, WebSession.PASSWORD));
		sessions.put(Actor.COMPANY, WebSession.login(mvc, companyEmail, WebSession.PASSWORD));
		sessions.put(Actor.COLLEAGUE, WebSession.login(mvc, colleagueEmail, WebSession.PASSWORD));
		sessions.put(Actor.OTHER_COMPANY, WebSession.login(mvc, otherCompanyEmail, WebSession.PASSWORD));
		sessions.put(Actor.OFFICER, WebSession.login(mvc, officerEmail, WebSession.PASSWORD));
		sessions.put(Actor.OFFICER_OTHER_PROVINCE,
				WebSession.login(mvc, otherProvinceOfficerEmail, WebSession.PASSWORD));
		sessions.put(Actor.OFFICER_NO_PROVINCE, WebSession.login(mvc, noProvinceOfficerEmail, WebSession.PASSWORD));
		sessions.put(Actor.ADMIN, WebSession.login(mvc, adminEmail, WebSession.PASSWORD));
	}

	/**
	 * Requests the route as the actor, as a browser would (Accept: text/html), with its
	 * variables filled with fresh records of the owners and the form fields it needs
	 * before its access check.
	 */
	Response perform(String route, Actor actor) throws Exception {
		int space = route.indexOf(' ');
		String method = route.substring(0, space);
		String form = FORMS.get(route);
		String path = fill(route.substring(space + 1) + (form == null ? "" : "?" + form));
		return perform(method, path, actor);
	}

	/**
	 * Requests a path already filled in (several visitors may then see the same records).
	 */
	Response perform(String method, String path, Actor actor) throws Exception {
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path).header("Accept", "text/html");
		if ("POST".equals(method)) {
			request.with(csrf());
		}
		if (actor != Actor.ANONYMOUS) {
			request.session(sessions.get(actor));
		}
		return new Response(method, path, mvc.perform(request).andReturn());
	}

	record Response(String method, String path, MvcResult result) {
	}

	/**
	 * The pattern with each variable replaced by a fresh record of the owners that fits
	 * the route.
	 */
	String fill(String pattern) {
		Map<String, Supplier<Object>> values = new TreeMap<>();
		Long[] product = new Long[1];
		Long[] need = new Long[1];
		Long[] offer = new Long[1];
		Supplier<Long> productId = () -> product[0] == null ? product[0] = product() : product[0];
		Supplier<Long> needId = () -> need[0] == null ? need[0] = need() : need[0];
		Supplier<Long> offerId = () -> offer[0] == null ? offer[0] = offer(needId.get()) : offer[0];
		// issue 14 (part h4): a past event of the owners' province with a meeting of the
		// own company's need and the own UMKM
		long[] meeting = new long[2];
		Supplier<long[]> eventMeeting = () -> meeting[0] != 0 ? meeting : eventMeeting(needId.get(), meeting);
		values.put("meetingId", () -> eventMeeting.get()[1]);
		// issue 14 (part h2): a waiting registration of the own UMKM at that event
		values.put("registrationId", () -> new OutcomeFixtures(jdbc).registerUmkm(eventMeeting.get()[0], umkmId,
				officerUser.accountId(), "PENDING"));
		values.put("kind", () -> "kemitraan");
		values.put("format", () -> "csv");
		values.put("umkmId", () -> umkmId);
		values.put("reference", () -> "0123456789abcdef0123");
		values.put("needId", needId::get);
		values.put("offerId", offerId::get);
		values.put("photoId", () -> photo(productId.get()));
		values.put("documentId", () -> attachment(offerId.get()));
		// an invitation's token; on an event's check-in link, the own UMKM's registration
		// token (issue 14, part h3)
		values.put("token",
				() -> pattern.startsWith("/acara/") ? registration(eventMeeting.get()[0])[1] : invitation().token());
		values.put("registrationId", () -> registration(eventMeeting.get()[0])[0]);
		values.put("accountId", this::staffMember);
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
			if (pattern.startsWith("/petugas/akun/")) {
				return umkmUser.accountId(); // the owner of the UMKM in the officer's
												// province
			}
			if (pattern.startsWith("/admin/akun/")) {
				return accounts
					.createOfficer("petugas-" + UUID.randomUUID() + "@contoh.test", WebSession.PASSWORD,
							"Petugas " + tag(), PROVINCE)
					.id();
			}
			if (pattern.startsWith("/perusahaan/daftar-pendek/")) {
				// Nine visitors on every shortlist route would pass the limit of lists
				// per company: keep the newest.
				jdbc.sql("""
						delete from shortlist where company_id = :company and id not in
						  (select id from shortlist where company_id = :company order by id desc limit 10)
						""").param("company", companyId).update();
				Long list = shortlists.create(companyId, "Daftar " + tag()).id();
				shortlists.add(list, companyId, umkmId);
				return list;
			}
			if (pattern.startsWith("/notifikasi/")) {
				notifications.notify(umkmUser.accountId(), NotificationKind.NEED_FITS, List.of("Kopi", "80"), "/umkm");
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
			if (pattern.startsWith("/acara/") || pattern.startsWith("/petugas/acara/")) {
				return eventMeeting.get()[0];
			}
			if (pattern.startsWith("/umkm/penawaran/")) {
				return offerId.get();
			}
			if (pattern.startsWith("/perusahaan/anggota/undangan/")) {
				return invitation().id();
			}
			if (pattern.startsWith("/perusahaan/anggota/permintaan/")) {
				Long asking = fixtures.account(Role.COMPANY);
				team.requestMembership(asking, companyId);
				return team.pendingRequestOf(asking).orElseThrow().id();
			}
			throw new AssertionError("no record for {id} in " + pattern + ": teach AccessWorld.fill");
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

	/**
	 * An event of the owners' province ten days ago with one meeting of the need and the
	 * own UMKM, its slot long started (issue 14): into {@code out} as (event, meeting).
	 */
	long[] eventMeeting(Long needId, long[] out) {
		OutcomeFixtures events = new OutcomeFixtures(jdbc);
		long event = events.event(REGENCY, LocalDate.now().minusDays(10), officerUser.accountId());
		out[0] = event;
		out[1] = events.meeting(event, needId, companyId, umkmId, events.slot(event, java.time.LocalTime.of(9, 0)), 1,
				"PLANNED");
		return out;
	}

	/**
	 * The own UMKM's approved registration at the event: (id, check-in token).
	 */
	String[] registration(long event) {
		long id = new EventFixtures(jdbc).registerUmkm(event, umkmId, officerUser.accountId(), List.of(), false);
		return new String[] { String.valueOf(id), new EventFixtures(jdbc).tokenOf(id) };
	}

	/** A fresh invitation of the company to a new address. */
	InvitationIssued invitation() {
		return team.invite(companyUser.accountId(), WebSession.uniqueEmail("undangan"), CompanyRole.STAFF);
	}

	/** A fresh staff member of the company (to remove or promote). */
	Long staffMember() {
		return team.acceptAsNewAccount(invitation().token(), "Staf " + tag(), WebSession.PASSWORD);
	}

	Long product() {
		return fixtures.product(umkmId, "Kopi bubuk " + tag(), "10761", Unit.KG, "500");
	}

	Long photo(Long productId) {
		return photos.add(productId, umkmId, png()).id();
	}

	Long certificate() {
		return certificates
			.create(umkmId,
					new CertificateData("NIB", "9120001234567", LocalDate.now().minusYears(1), null, "OSS",
							NewDocument.recognise("scan.pdf", PDF).orElseThrow()))
			.id();
	}

	Long need() {
		return needs
			.create(companyId,
					new NeedData("Kopi bubuk " + tag(), "Pasokan rutin", "10761", new BigDecimal("100"), Unit.KG,
							REGENCY, LocalDate.now().plusDays(30), PartnershipPattern.RANTAI_PASOK))
			.id();
	}

	Long offer(Long needId) {
		return offers
			.submit(umkmId, needId,
					new OfferData(new BigDecimal("50"), Unit.KG, 45_000L, 7, LocalDate.now().plusDays(14),
							"Kopi robusta", null))
			.id();
	}

	Long attachment(Long offerId) {
		offers.attach(umkmId, offerId, NewDocument.recognise("harga.pdf", PDF).orElseThrow());
		return jdbc.sql("select max(document_id) from offer_attachment where offer_id = ?")
			.param(offerId)
			.query(Long.class)
			.single();
	}

	/**
	 * A conversation with messages from both sides, who both agreed to share their
	 * contacts.
	 */
	Long conversationWithContacts(Long needId) {
		Long id = conversations.open(needId, umkmId, companyId);
		conversations.post(companyUser, id, "Apakah bisa kirim 100 kg per bulan?");
		conversations.post(umkmUser, id, "Bisa, <b>mulai</b> bulan depan & harga tetap.");
		conversations.agreeToShareContacts(umkmUser, id);
		conversations.agreeToShareContacts(companyUser, id);
		return id;
	}

	/**
	 * A partnership the company has only drafted: its terms and agreement pages are open.
	 */
	Long draftPartnership(Long needId) {
		LocalDate start = LocalDate.now().plusDays(30);
		return partnerships.createDraft(companyUser, needId, umkmId, new ProposalData(PartnershipPattern.SUBKONTRAK,
				"Pasokan kopi " + tag(), 5_000_000L, start, start.plusMonths(3), true, null));
	}

	/**
	 * A partnership approved by the officer and started by the company: both parties may
	 * complete or end it.
	 */
	Long activePartnership(Long needId) {
		Long id = submittedPartnership(needId);
		partnerships.perform(officerUser, id, PartnershipAction.APPROVE, null, false, null);
		partnerships.perform(companyUser, id, PartnershipAction.ACTIVATE, null, false, null);
		return id;
	}

	/** A completed partnership: the page asks both parties for their rating. */
	Long completedPartnership(Long needId) {
		Long id = activePartnership(needId);
		partnerships.perform(companyUser, id, PartnershipAction.COMPLETE, null, false, null);
		return id;
	}

	Long submittedPartnership(Long needId) {
		LocalDate start = LocalDate.now(); // started and completed in the world: not
											// before the start date
		Long id = partnerships.createDraft(companyUser, needId, umkmId,
				new ProposalData(PartnershipPattern.PERDAGANGAN_UMUM, "Pasokan kopi " + tag(), 10_000_000L, start,
						start.plusMonths(6), true, null));
		partnerships.perform(companyUser, id, PartnershipAction.PROPOSE, null, true, null);
		partnerships.perform(umkmUser, id, PartnershipAction.ACCEPT, null, false, null);
		partnerships.uploadAgreement(companyUser, id, NewDocument.recognise("perjanjian.pdf", PDF).orElseThrow(), null);
		partnerships.perform(companyUser, id, PartnershipAction.SUBMIT, null, true, null);
		return id;
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
