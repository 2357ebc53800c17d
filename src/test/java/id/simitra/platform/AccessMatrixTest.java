package id.simitra.platform;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import id.simitra.account.Role;
import id.simitra.platform.AccessWorld.Actor;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;
import id.simitra.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every route the application maps, for every kind of visitor, against the one table of
 * access rules below. Path variables are filled with fresh records of the "own" UMKM and
 * company for each request, so a POST cannot spoil the next one, and the other UMKM /
 * other company show the object-level checks. A route missing from the table fails: a new
 * route needs a rule here before it ships. The routes, visitors and records are
 * {@link AccessWorld}.
 */
@SimitraTest
class AccessMatrixTest {

	enum Outcome {

		/**
		 * Not 401/403 and not sent to the login page (a 200, a redirect elsewhere, a 400
		 * for missing fields).
		 */
		ALLOWED,
		/** 403, or anonymous sent to the login page. */
		DENIED,
		/** 404: the application does not say the record exists. */
		HIDDEN

	}

	/**
	 * Who may: the listed actors; everybody else is denied, except those listed as
	 * getting a 404.
	 */
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
			COMPANY = Actor.COMPANY, COLLEAGUE = Actor.COLLEAGUE, OTHER_COMPANY = Actor.OTHER_COMPANY,
			OFFICER = Actor.OFFICER, OFFICER_OTHER = Actor.OFFICER_OTHER_PROVINCE,
			OFFICER_NONE = Actor.OFFICER_NO_PROVINCE, ADMIN = Actor.ADMIN;

	static final Rule PUBLIC = allow(Actor.values());

	static final Rule SIGNED_IN = allow(UMKM, OTHER_UMKM, COMPANY, COLLEAGUE, OTHER_COMPANY, OFFICER, OFFICER_OTHER,
			OFFICER_NONE, ADMIN);

	static final Rule ANY_UMKM = allow(UMKM, OTHER_UMKM);

	static final Rule ANY_COMPANY = allow(COMPANY, COLLEAGUE, OTHER_COMPANY);

	/**
	 * A private record of the UMKM (offer, certificate): the other UMKM is told it does
	 * not exist.
	 */
	static final Rule OWN_UMKM = allow(UMKM).hiding(OTHER_UMKM);

	/**
	 * A product: public on the storefront anyway, so the other UMKM is simply refused.
	 */
	static final Rule OWN_PRODUCT = allow(UMKM);

	/**
	 * A private record of the company (need, offer on its need, shortlist, partnership):
	 * every member of the company may (issue 13: membership, not ownership); others get a
	 * 404.
	 */
	static final Rule OWN_COMPANY = allow(COMPANY, COLLEAGUE).hiding(OTHER_COMPANY);

	/**
	 * The company's team and profile changes: its admins only; staff of the company are
	 * refused, another company's admin is told the member does not exist.
	 */
	static final Rule COMPANY_ADMIN = allow(COMPANY).hiding(OTHER_COMPANY);

	/**
	 * An officer's page whose lists show only the officer's own province (nothing without
	 * a province).
	 */
	static final Rule OFFICERS = allow(OFFICER, OFFICER_OTHER, OFFICER_NONE);

	/**
	 * An officer's action on a record of the owners' province: the other officers are
	 * told it does not exist.
	 */
	static final Rule PROVINCE_OFFICER = allow(OFFICER).hiding(OFFICER_OTHER, OFFICER_NONE);

	static final Rule ADMINS = allow(ADMIN);

	/**
	 * The two parties of the (submitted) partnership; everyone else signed in gets a 404.
	 */
	static final Rule PARTIES = allow(UMKM, COMPANY, COLLEAGUE).hiding(OTHER_UMKM, OTHER_COMPANY);

	/** The access rules, once. Keys are "METHOD pattern" exactly as mapped. */
	static final Map<String, Rule> RULES = new TreeMap<>(Map.ofEntries(
			// public pages
			Map.entry("GET /", PUBLIC), Map.entry("GET /direktori", PUBLIC),
			Map.entry("GET /direktori/umkm/{id}", PUBLIC), Map.entry("GET /foto/{id}", PUBLIC),
			Map.entry("GET /foto/{id}/kecil", PUBLIC), Map.entry("GET /data/kemitraan.json", PUBLIC),
			Map.entry("GET /masuk", PUBLIC), Map.entry("GET /daftar", PUBLIC), Map.entry("POST /daftar", PUBLIC),
			Map.entry("GET /error", PUBLIC),
			// every signed-in account
			Map.entry("GET /dasbor", SIGNED_IN), Map.entry("GET /notifikasi", SIGNED_IN),
			Map.entry("POST /notifikasi/baca-semua", SIGNED_IN),
			// each account's own choice of e-mailed kinds (issue 13)
			Map.entry("GET /notifikasi/pengaturan", SIGNED_IN), Map.entry("POST /notifikasi/pengaturan", SIGNED_IN),
			// a notification is found by id and account: someone else's is "not found"
			Map.entry("POST /notifikasi/{id}/baca",
					allow(UMKM).hiding(OTHER_UMKM, COMPANY, COLLEAGUE, OTHER_COMPANY, OFFICER, OFFICER_OTHER,
							OFFICER_NONE, ADMIN)),
			// the list is for the parties (UMKM and companies); officers open single
			// conversations from their pages
			Map.entry("GET /percakapan", allow(UMKM, OTHER_UMKM, COMPANY, COLLEAGUE, OTHER_COMPANY)),
			// a conversation is private to its parties and the officers of the UMKM's
			// province
			Map.entry("GET /percakapan/{id}",
					allow(UMKM, COMPANY, COLLEAGUE, OFFICER).hiding(OTHER_UMKM, OTHER_COMPANY, OFFICER_OTHER,
							OFFICER_NONE, ADMIN)),
			Map.entry("POST /percakapan/{id}", PARTIES.hiding(OFFICER_OTHER, OFFICER_NONE, ADMIN)),
			Map.entry("POST /percakapan/{id}/kontak", PARTIES.hiding(OFFICER_OTHER, OFFICER_NONE, ADMIN)),
			// a certificate scan: the owner, officers of the province, administrators,
			// and a company with a
			// partnership at least proposed (all kinds × actors in
			// DocumentKindsAccessTest)
			Map.entry("GET /dokumen/{id}",
					allow(UMKM, COMPANY, COLLEAGUE, OFFICER, ADMIN).hiding(OTHER_UMKM, OTHER_COMPANY, OFFICER_OTHER,
							OFFICER_NONE)),
			// UMKM area
			Map.entry("GET /umkm", ANY_UMKM), Map.entry("GET /umkm/profil", ANY_UMKM),
			Map.entry("POST /umkm/profil", ANY_UMKM), Map.entry("GET /umkm/kebutuhan", ANY_UMKM),
			Map.entry("GET /umkm/kebutuhan/{needId}", ANY_UMKM),
			Map.entry("GET /umkm/kebutuhan/{needId}/penawaran", ANY_UMKM),
			Map.entry("POST /umkm/kebutuhan/{needId}/penawaran", ANY_UMKM), Map.entry("GET /umkm/kemitraan", ANY_UMKM),
			Map.entry("GET /umkm/penawaran", ANY_UMKM), Map.entry("GET /umkm/penawaran/{id}", OWN_UMKM),
			Map.entry("GET /umkm/penawaran/{id}/ubah", OWN_UMKM), Map.entry("POST /umkm/penawaran/{id}/ubah", OWN_UMKM),
			Map.entry("GET /umkm/penawaran/{id}/tarik", OWN_UMKM),
			Map.entry("POST /umkm/penawaran/{id}/tarik", OWN_UMKM),
			Map.entry("GET /umkm/penawaran/{id}/lampiran", OWN_UMKM),
			Map.entry("POST /umkm/penawaran/{id}/lampiran", OWN_UMKM),
			Map.entry("GET /umkm/penawaran/{id}/lampiran/{documentId}/hapus", OWN_UMKM),
			Map.entry("POST /umkm/penawaran/{id}/lampiran/{documentId}/hapus", OWN_UMKM),
			Map.entry("GET /umkm/produk", ANY_UMKM), Map.entry("GET /umkm/produk/baru", ANY_UMKM),
			Map.entry("POST /umkm/produk/baru", ANY_UMKM), Map.entry("GET /umkm/produk/{id}/ubah", OWN_PRODUCT),
			Map.entry("POST /umkm/produk/{id}/ubah", OWN_PRODUCT),
			Map.entry("GET /umkm/produk/{id}/hapus", OWN_PRODUCT),
			Map.entry("POST /umkm/produk/{id}/hapus", OWN_PRODUCT),
			Map.entry("POST /umkm/produk/{id}/foto", OWN_PRODUCT),
			Map.entry("GET /umkm/produk/{id}/foto/{photoId}/hapus", OWN_PRODUCT),
			Map.entry("POST /umkm/produk/{id}/foto/{photoId}/hapus", OWN_PRODUCT),
			Map.entry("GET /umkm/sertifikat", ANY_UMKM), Map.entry("GET /umkm/sertifikat/baru", ANY_UMKM),
			Map.entry("POST /umkm/sertifikat/baru", ANY_UMKM), Map.entry("GET /umkm/sertifikat/{id}/ubah", OWN_UMKM),
			Map.entry("POST /umkm/sertifikat/{id}/ubah", OWN_UMKM),
			Map.entry("GET /umkm/sertifikat/{id}/hapus", OWN_UMKM),
			Map.entry("POST /umkm/sertifikat/{id}/hapus", OWN_UMKM),
			// company area
			Map.entry("GET /perusahaan", ANY_COMPANY), Map.entry("GET /perusahaan/profil", ANY_COMPANY),
			// staff read the profile; only an admin changes it (issue 13)
			Map.entry("POST /perusahaan/profil", allow(COMPANY, OTHER_COMPANY)),
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
			// company teams (issue 13): every member sees the team; admins manage it;
			// asking to join a company by its NIB is for company accounts
			Map.entry("GET /perusahaan/anggota", ANY_COMPANY),
			Map.entry("POST /perusahaan/anggota/undang", allow(COMPANY, OTHER_COMPANY)),
			Map.entry("POST /perusahaan/anggota/undangan/{id}/batal", COMPANY_ADMIN),
			Map.entry("POST /perusahaan/anggota/{accountId}/peran", COMPANY_ADMIN),
			Map.entry("GET /perusahaan/anggota/{accountId}/hapus", COMPANY_ADMIN),
			Map.entry("POST /perusahaan/anggota/{accountId}/hapus", COMPANY_ADMIN),
			Map.entry("POST /perusahaan/anggota/permintaan/{id}", COMPANY_ADMIN),
			Map.entry("POST /perusahaan/bergabung", ANY_COMPANY),
			Map.entry("POST /perusahaan/bergabung/batal", ANY_COMPANY),
			// an invitation's link: its page and joining with a new account are open to
			// whoever has it; accepting with an existing account is for company accounts
			// (one already in a company is told so)
			Map.entry("GET /undangan/{token}", PUBLIC), Map.entry("POST /undangan/{token}/akun-baru", PUBLIC),
			Map.entry("GET /undangan/{token}/masuk", SIGNED_IN), Map.entry("POST /undangan/{token}", ANY_COMPANY),
			// partnerships: the two parties, the officers of the UMKM's province,
			// administrators (a draft: its company only)
			Map.entry("GET /kemitraan/{id}",
					allow(UMKM, COMPANY, COLLEAGUE, OFFICER, ADMIN).hiding(OTHER_UMKM, OTHER_COMPANY, OFFICER_OTHER,
							OFFICER_NONE)),
			Map.entry("POST /kemitraan/{id}/tanggapan", OWN_UMKM), Map.entry("GET /kemitraan/{id}/ubah", OWN_COMPANY),
			Map.entry("POST /kemitraan/{id}/ubah", OWN_COMPANY), Map.entry("POST /kemitraan/{id}/usulkan", OWN_COMPANY),
			Map.entry("GET /kemitraan/{id}/perjanjian", OWN_COMPANY),
			Map.entry("POST /kemitraan/{id}/perjanjian", OWN_COMPANY),
			Map.entry("POST /kemitraan/{id}/kirim", OWN_COMPANY), Map.entry("POST /kemitraan/{id}/mulai", OWN_COMPANY),
			Map.entry("GET /kemitraan/{id}/selesai", PARTIES), Map.entry("POST /kemitraan/{id}/selesai", PARTIES),
			Map.entry("GET /kemitraan/{id}/akhiri", PARTIES), Map.entry("POST /kemitraan/{id}/akhiri", PARTIES),
			Map.entry("POST /kemitraan/{id}/nilai", PARTIES),
			// issue 16: deliveries and payments against the contract, by the two parties
			Map.entry("POST /kemitraan/{id}/pengiriman", PARTIES),
			Map.entry("POST /kemitraan/{id}/pembayaran", PARTIES),
			Map.entry("POST /kemitraan/{id}/pembayaran/lunas", PARTIES),
			Map.entry("POST /kemitraan/{id}/keputusan", PROVINCE_OFFICER),
			// officers: pages for every officer (their lists show only their province),
			// records of the province
			Map.entry("GET /petugas", OFFICERS), Map.entry("GET /petugas/sertifikat", OFFICERS),
			Map.entry("GET /petugas/sertifikat/{id}", PROVINCE_OFFICER),
			Map.entry("POST /petugas/sertifikat/{id}/keputusan", PROVINCE_OFFICER),
			Map.entry("GET /petugas/umkm", OFFICERS), Map.entry("GET /petugas/umkm/{id}", PROVINCE_OFFICER),
			Map.entry("POST /petugas/umkm/{id}/verifikasi", PROVINCE_OFFICER),
			Map.entry("GET /petugas/audit", OFFICERS), Map.entry("GET /petugas/laporan", OFFICERS),
			Map.entry("GET /petugas/laporan/ekspor", OFFICERS),
			Map.entry("GET /petugas/laporan/ekspor/{kind:kemitraan|umkm}.{format:csv|xlsx}", OFFICERS),
			Map.entry("GET /petugas/rekomendasi", OFFICERS), Map.entry("POST /petugas/rekomendasi", PROVINCE_OFFICER),
			Map.entry("GET /petugas/pencocokan", OFFICERS),
			// business-matching events (issue 14, part h4): a meeting's outcome for its
			// company and UMKM; the event report for the officers of its province
			Map.entry("GET /acara/{id}/hasil", PARTIES), Map.entry("GET /acara/{id}/hasil/{meetingId}", PARTIES),
			Map.entry("POST /acara/{id}/hasil/{meetingId}", PARTIES),
			// setting up events (issue 14, part h2): the public list and page (a
			// draft is 404), the officer's list and form for every officer, an event of
			// the province for its officers
			Map.entry("GET /acara", PUBLIC), Map.entry("GET /acara/{id}", PUBLIC),
			Map.entry("GET /petugas/acara", OFFICERS), Map.entry("GET /petugas/acara/baru", OFFICERS),
			Map.entry("POST /petugas/acara/baru", OFFICERS), Map.entry("GET /petugas/acara/{id}", PROVINCE_OFFICER),
			Map.entry("GET /petugas/acara/{id}/ubah", PROVINCE_OFFICER),
			Map.entry("POST /petugas/acara/{id}/ubah", PROVINCE_OFFICER),
			Map.entry("POST /petugas/acara/{id}/terbitkan", PROVINCE_OFFICER),
			Map.entry("GET /petugas/acara/{id}/undangan", PROVINCE_OFFICER),
			Map.entry("POST /petugas/acara/{id}/undangan/perusahaan", PROVINCE_OFFICER),
			Map.entry("POST /petugas/acara/{id}/undangan/umkm", PROVINCE_OFFICER),
			Map.entry("POST /petugas/acara/{id}/undangan/peringkat", PROVINCE_OFFICER),
			Map.entry("POST /petugas/acara/{id}/undangan/wilayah", PROVINCE_OFFICER),
			Map.entry("GET /petugas/acara/{id}/pendaftaran", PROVINCE_OFFICER),
			Map.entry("POST /petugas/acara/{id}/pendaftaran/{registrationId}/keputusan", PROVINCE_OFFICER),
			Map.entry("POST /petugas/acara/{id}/batal", PROVINCE_OFFICER),
			// registering: every company and UMKM may, for an event that is not a draft
			Map.entry("GET /acara/{id}/daftar", allow(UMKM, OTHER_UMKM, COMPANY, COLLEAGUE, OTHER_COMPANY)),
			Map.entry("POST /acara/{id}/daftar", allow(UMKM, OTHER_UMKM, COMPANY, COLLEAGUE, OTHER_COMPANY)),
			Map.entry("GET /petugas/acara/{id}/laporan", PROVINCE_OFFICER),
			Map.entry("GET /petugas/acara/{id}/laporan.{format:csv|xlsx}", PROVINCE_OFFICER),
			// (part h3) the schedule, all agendas, the table plan and the check-in list
			// for
			// the officers of the event's province; each participant's own agenda for its
			// company and UMKM; the agenda's check-in link checks in when an organiser
			// opens it and does not exist for anybody else
			Map.entry("GET /petugas/acara/{id}/jadwal", PROVINCE_OFFICER),
			Map.entry("POST /petugas/acara/{id}/jadwal/susun", PROVINCE_OFFICER),
			Map.entry("POST /petugas/acara/{id}/jadwal/susulan", PROVINCE_OFFICER),
			Map.entry("POST /petugas/acara/{id}/jadwal/terbitkan", PROVINCE_OFFICER),
			Map.entry("GET /petugas/acara/{id}/jadwal/{meetingId}", PROVINCE_OFFICER),
			Map.entry("POST /petugas/acara/{id}/jadwal/{meetingId}/pindah", PROVINCE_OFFICER),
			Map.entry("POST /petugas/acara/{id}/jadwal/{meetingId}/kunci", PROVINCE_OFFICER),
			Map.entry("GET /petugas/acara/{id}/agenda.pdf", PROVINCE_OFFICER),
			Map.entry("GET /petugas/acara/{id}/denah.pdf", PROVINCE_OFFICER),
			Map.entry("GET /petugas/acara/{id}/hadir", PROVINCE_OFFICER),
			Map.entry("POST /petugas/acara/{id}/hadir/{registrationId}", PROVINCE_OFFICER),
			Map.entry("POST /petugas/acara/{id}/pertemuan/{meetingId}/tanda", PROVINCE_OFFICER),
			Map.entry("GET /acara/{id}/agenda", PARTIES), Map.entry("GET /acara/{id}/agenda.pdf", PARTIES),
			Map.entry("GET /acara/{id}/agenda.ics", PARTIES),
			// meeting requests before the day: the participants (the event of the
			// access world is past, so a party's POST is refused with 409, not hidden)
			Map.entry("GET /acara/{id}/pertemuan", PARTIES), Map.entry("POST /acara/{id}/pertemuan/minta", PARTIES),
			Map.entry("POST /acara/{id}/pertemuan/putusan", PARTIES),
			Map.entry("POST /acara/{id}/pertemuan/tarik", PARTIES),
			// withdrawing a registration: only a registered party has one; the parties
			// here have a meeting but no registration, so it does not exist for anybody
			// (a registered one's refusals and withdrawal: EventWithdrawalTest)
			Map.entry("POST /acara/{id}/daftar/tarik",
					allow().hiding(UMKM, OTHER_UMKM, COMPANY, COLLEAGUE, OTHER_COMPANY)),
			Map.entry("GET /acara/{id}/hadir/{token}",
					allow(OFFICER, ADMIN).hiding(UMKM, OTHER_UMKM, COMPANY, COLLEAGUE, OTHER_COMPANY, OFFICER_OTHER,
							OFFICER_NONE)),
			// administrators
			Map.entry("GET /admin/pencocokan", ADMINS), Map.entry("GET /admin/akun", ADMINS),
			Map.entry("GET /admin/akun/petugas-baru", ADMINS), Map.entry("POST /admin/akun/petugas-baru", ADMINS),
			Map.entry("GET /admin/akun/{id}/ubah", ADMINS), Map.entry("POST /admin/akun/{id}/ubah", ADMINS),
			Map.entry("POST /admin/akun/{id}/status", ADMINS),
			// account recovery and self-service (issue 13, docs/accounts.md): forgotten
			// password and the officer's code for everyone; the second step of a login
			// only for a session between password and second factor (everyone else is
			// sent to the login form); the account page for every signed-in account
			Map.entry("GET /lupa-sandi", PUBLIC), Map.entry("POST /lupa-sandi", PUBLIC),
			Map.entry("GET /lupa-sandi/terkirim", PUBLIC), Map.entry("GET /lupa-sandi/kode", PUBLIC),
			Map.entry("POST /lupa-sandi/kode", PUBLIC), Map.entry("GET /sandi-baru", PUBLIC),
			Map.entry("POST /sandi-baru", PUBLIC), Map.entry("GET /masuk/dua-langkah", allow()),
			Map.entry("POST /masuk/dua-langkah", allow()), Map.entry("GET /masuk/dua-langkah/daftar", allow()),
			Map.entry("POST /masuk/dua-langkah/daftar", allow()), Map.entry("GET /akun/email/konfirmasi", PUBLIC),
			Map.entry("POST /akun/email/konfirmasi", PUBLIC), Map.entry("GET /akun", SIGNED_IN),
			Map.entry("POST /akun/sandi", SIGNED_IN), Map.entry("POST /akun/email", SIGNED_IN),
			Map.entry("POST /akun/bahasa", SIGNED_IN), Map.entry("POST /akun/sesi/akhiri-lain", SIGNED_IN),
			// a session is found by its reference among the account's own: another's is
			// "not found"
			Map.entry("POST /akun/sesi/{reference}/akhiri",
					allow().hiding(UMKM, OTHER_UMKM, COMPANY, COLLEAGUE, OTHER_COMPANY, OFFICER, OFFICER_OTHER,
							OFFICER_NONE, ADMIN)),
			// the second factor is offered to officers and administrators
			Map.entry("GET /akun/dua-langkah", allow(OFFICER, OFFICER_OTHER, OFFICER_NONE, ADMIN)),
			Map.entry("POST /akun/dua-langkah", allow(OFFICER, OFFICER_OTHER, OFFICER_NONE, ADMIN)),
			Map.entry("POST /akun/dua-langkah/nonaktif", allow(OFFICER, OFFICER_OTHER, OFFICER_NONE, ADMIN)),
			Map.entry("POST /akun/dua-langkah/kode-cadangan", allow(OFFICER, OFFICER_OTHER, OFFICER_NONE, ADMIN)),
			// reset codes: an officer for the UMKM owners of the province, an
			// administrator for any account
			Map.entry("GET /petugas/akun", OFFICERS), Map.entry("GET /petugas/akun/{id}/kode-reset", PROVINCE_OFFICER),
			Map.entry("POST /petugas/akun/{id}/kode-reset", PROVINCE_OFFICER),
			Map.entry("GET /admin/akun/{id}/kode-reset", ADMINS), Map.entry("POST /admin/akun/{id}/kode-reset", ADMINS),
			Map.entry("POST /admin/akun/{id}/dua-langkah/nonaktif", ADMINS),
			Map.entry("GET /admin/akun/riwayat", ADMINS)));

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ApplicationContext context;

	@TestFactory
	Stream<DynamicTest> everyRouteForEveryActorFollowsTheTable() throws Exception {
		Set<String> routes = routes();
		Set<String> unruled = new TreeSet<>(routes);
		unruled.removeAll(RULES.keySet());
		Set<String> stale = new TreeSet<>(RULES.keySet());
		stale.removeAll(routes);
		AccessWorld world = new AccessWorld(mvc, context);
		List<DynamicTest> tests = new ArrayList<>();
		tests.add(DynamicTest.dynamicTest("every route has an access rule", () -> {
			if (!unruled.isEmpty()) {
				fail("new route without an access rule: " + String.join(", ", unruled)
						+ " (add it to AccessMatrixTest.RULES)");
			}
		}));
		tests.add(DynamicTest.dynamicTest("every rule has a route",
				() -> assertThat(stale).as("rules for routes that no longer exist").isEmpty()));
		for (String route : routes) {
			Rule rule = RULES.get(route);
			if (rule == null) {
				continue;
			}
			for (Actor actor : Actor.values()) {
				Outcome expected = rule.expected(actor);
				tests.add(DynamicTest.dynamicTest(route + " as " + actor + " → " + expected,
						() -> assertThat(outcome(world, route, actor)).as(route + " as " + actor).isEqualTo(expected)));
			}
		}
		return tests.stream();
	}

	@TestFactory
	Stream<DynamicTest> everyPostWithoutACsrfTokenIsRefused() throws Exception {
		MockHttpSession umkm = WebSession.login(mvc, fixtures.accountEmail(Role.UMKM), WebSession.PASSWORD);
		// Login and logout are Spring Security's filters, not handler methods, so they
		// are named here.
		List<String> posts = Stream
			.concat(Stream.of("POST /masuk", "POST /keluar"), routes().stream().filter(r -> r.startsWith("POST ")))
			.toList();
		assertThat(posts).isNotEmpty();
		return posts.stream().map(route -> DynamicTest.dynamicTest(route + " without CSRF token → 403", () -> {
			String path = AccessWorld.VARIABLE.matcher(route.substring(5))
				.replaceAll(
						m -> m.group(0).startsWith("{kind") ? "umkm" : m.group(0).startsWith("{format") ? "csv" : "1");
			int status = mvc.perform(request(HttpMethod.POST, path).session(umkm))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(status).as(route).isEqualTo(403);
			int anonymous = mvc.perform(request(HttpMethod.POST, path)).andReturn().getResponse().getStatus();
			assertThat(anonymous).as(route + " anonymous").isEqualTo(403);
		}));
	}

	private Set<String> routes() {
		return AccessWorld.routes(mappings);
	}

	private static Outcome outcome(AccessWorld world, String route, Actor actor) throws Exception {
		AccessWorld.Response response = world.perform(route, actor);
		int status = response.result().getResponse().getStatus();
		String location = response.result().getResponse().getRedirectedUrl();
		if (status == 401 || status == 403 || (location != null && location.endsWith("/masuk"))) {
			return Outcome.DENIED;
		}
		if (status == 404) {
			return Outcome.HIDDEN;
		}
		if (!response.path().equals("/error")) {
			// (/error requested directly has no error to show and answers 500 by design)
			assertThat(status)
				.as(response.method() + " " + response.path() + " as " + actor + " must not fail on the server")
				.isLessThan(500);
		}
		return Outcome.ALLOWED;
	}

}
