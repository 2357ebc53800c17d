package id.simitra.offer;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import id.simitra.company.CompanyService;
import id.simitra.matching.MatchingService;
import id.simitra.need.NeedService;
import id.simitra.offer.internal.OfferComparison;
import id.simitra.offer.internal.OfferRow;
import id.simitra.offer.internal.OfferService;
import id.simitra.offer.internal.OfferSort;
import id.simitra.platform.Formats;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;

import static id.simitra.offer.OfferWorld.PDF;
import static id.simitra.offer.OfferWorld.TEXT;
import static id.simitra.offer.OfferWorld.file;
import static id.simitra.offer.OfferWorld.offerForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Offers from the UMKM's side and the company's, through the web layer against
 * PostgreSQL.
 */
@SimitraTest
class OfferTest {

	private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CompanyService companies;

	@Autowired
	NeedService needs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OfferService offers;

	@Autowired
	MatchingService matching;

	private OfferWorld world;

	private OfferWorld.Company company;

	private Long needId;

	private OfferWorld.Umkm umkm;

	@BeforeEach
	void aCompanyWithAnOpenNeedAndAnUmkm() throws Exception {
		world = new OfferWorld(mvc, fixtures, companies, needs, jdbc);
		company = world.company("PT Kopi Nusantara", "Jl. Rahasia Perusahaan 9");
		needId = world.need(company, "Kopi bubuk robusta");
		umkm = world.umkm("Kopi Sidikalang");
	}

	@Test
	void anUmkmSeesTheNeedWithoutCompanyContactsAndOffersWithAFile() throws Exception {
		mvc.perform(get("/umkm/kebutuhan/{id}", needId).session(umkm.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Kopi bubuk robusta"), containsString("PT Kopi Nusantara"),
					not(containsString("Jl. Rahasia Perusahaan 9")),
					containsString("/umkm/kebutuhan/" + needId + "/penawaran"))));

		mvc.perform(offerForm("/umkm/kebutuhan/{id}/penawaran", needId).file(file("daftar harga.pdf", PDF))
			.session(umkm.session())).andExpect(flash().attribute("success", "flash.offerSent"));
		Long offerId = world.offerId(needId, umkm.id());
		assertThat(world.status(offerId)).isEqualTo("SUBMITTED");

		mvc.perform(get("/umkm/penawaran/{id}", offerId).session(umkm.session()))
			.andExpect(content().string(allOf(containsString("Terkirim"), containsString("daftar harga.pdf"),
					containsString("Rp 45.000 / kg"),
					containsString("/percakapan/" + world.threadId(needId, umkm.id())))));
		mvc.perform(get("/umkm/penawaran").session(umkm.session()))
			.andExpect(content().string(allOf(containsString("Kopi bubuk robusta"), containsString("Terkirim"))));

		// The company compares in its own unit: 500 kg of 2 ton is 0,5 ton and 25 %; Rp
		// 45.000/kg is Rp 45.000.000/ton.
		Long documentId = jdbc.sql("select document_id from offer_attachment where offer_id = :id")
			.param("id", offerId)
			.query(Long.class)
			.single();
		mvc.perform(get("/perusahaan/kebutuhan/{id}/penawaran", needId).session(company.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(umkm.name()), containsString("Rp 45.000.000"),
					containsString("0,5"), containsString("25 % kebutuhan"), containsString("7 hari"),
					containsString("/dokumen/" + documentId))));
		mvc.perform(get("/dokumen/{id}", documentId).session(company.session())).andExpect(status().isOk());
		OfferWorld.Company other = world.company("PT Lain", null);
		mvc.perform(get("/dokumen/{id}", documentId).session(other.session())).andExpect(status().isNotFound());
	}

	@Test
	void theOfferFormRefusesABadQuantityUnitKindPriceLeadTimeAndPastDate() throws Exception {
		String yesterday = LocalDate.now(WIB).minusDays(1).toString();
		mvc.perform(multipart("/umkm/kebutuhan/{id}/penawaran", needId).with(csrf())
			.session(umkm.session())
			.param("quantity", "0")
			.param("unit", "LITER")
			.param("unitPrice", "murah")
			.param("leadTimeDays", "400")
			.param("validUntil", yesterday))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Harus lebih besar dari nol."),
					containsString("Pilih satuan yang sejenis dengan satuan kebutuhan (ton)."),
					containsString("Harus berupa angka bulat"), containsString("0 sampai 365"),
					containsString("Tanggal tidak boleh di masa lalu."))));
		mvc.perform(multipart("/umkm/kebutuhan/{id}/penawaran", needId).with(csrf())
			.session(umkm.session())
			.cookie(new Cookie("simitra-lang", "en"))
			.param("quantity", "-5")
			.param("unit", "PCS")
			.param("unitPrice", "")
			.param("leadTimeDays", "dua")
			.param("validUntil", "kemarin"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Choose a unit of the same kind as the need&#39;s unit (tonne)."),
						containsString("Enter a whole number of days from 0 to 365."))));
		assertThat(jdbc.sql("select count(*) from offer where need_id = :id")
			.param("id", needId)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aTextFileRenamedToPdfIsRefused() throws Exception {
		mvc.perform(offerForm("/umkm/kebutuhan/{id}/penawaran", needId).file(file("harga.pdf", TEXT))
			.session(umkm.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Berkas ini bukan PDF, JPEG atau PNG")));
		assertThat(jdbc.sql("select count(*) from offer where need_id = :id")
			.param("id", needId)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void anUmkmHasOneActiveOfferPerNeedAndMayOfferAgainAfterWithdrawing() throws Exception {
		mvc.perform(offerForm("/umkm/kebutuhan/{id}/penawaran", needId).session(umkm.session()))
			.andExpect(flash().attribute("success", "flash.offerSent"));
		Long first = world.offerId(needId, umkm.id());
		mvc.perform(offerForm("/umkm/kebutuhan/{id}/penawaran", needId).session(umkm.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Anda sudah punya penawaran aktif untuk kebutuhan ini")));
		mvc.perform(get("/umkm/kebutuhan/{id}/penawaran", needId).session(umkm.session()))
			.andExpect(redirectedUrl("/umkm/kebutuhan/" + needId));

		mvc.perform(get("/umkm/penawaran/{id}/tarik", first).session(umkm.session()))
			.andExpect(content().string(containsString("Ya, tarik")));
		mvc.perform(post("/umkm/penawaran/{id}/tarik", first).with(csrf()).session(umkm.session()))
			.andExpect(redirectedUrl("/umkm/penawaran"));
		assertThat(world.status(first)).isEqualTo("WITHDRAWN");
		mvc.perform(post("/umkm/penawaran/{id}/tarik", first).with(csrf()).session(umkm.session()))
			.andExpect(status().isConflict());

		mvc.perform(offerForm("/umkm/kebutuhan/{id}/penawaran", needId).session(umkm.session()))
			.andExpect(flash().attribute("success", "flash.offerSent"));
		assertThat(world.offerId(needId, umkm.id())).isNotEqualTo(first);
		// The withdrawn offer is not on the company's page; the new one is.
		mvc.perform(get("/perusahaan/kebutuhan/{id}/penawaran", needId).session(company.session()))
			.andExpect(content().string(not(containsString("Ditarik"))));
	}

	@Test
	void anUndecidedOfferCanBeRevisedButNotOnceAccepted() throws Exception {
		mvc.perform(offerForm("/umkm/kebutuhan/{id}/penawaran", needId).session(umkm.session()));
		Long offerId = world.offerId(needId, umkm.id());
		mvc.perform(post("/perusahaan/penawaran/{id}/pilih", offerId).with(csrf())
			.param("pilih", "true")
			.session(company.session())).andExpect(flash().attribute("success", "flash.offerShortlisted"));

		mvc.perform(get("/umkm/penawaran/{id}/ubah", offerId).session(umkm.session()))
			.andExpect(content().string(allOf(containsString("value=\"45.000\""), containsString("daftar pendek"))));
		mvc.perform(offerForm("/umkm/penawaran/{id}/ubah", offerId, "unitPrice", "42.500").session(umkm.session()))
			.andExpect(redirectedUrl("/umkm/penawaran/" + offerId));
		assertThat(world.status(offerId)).isEqualTo("SHORTLISTED");
		mvc.perform(get("/perusahaan/kebutuhan/{id}/penawaran", needId).session(company.session()))
			.andExpect(content().string(allOf(containsString("Rp 42.500.000"), containsString("Direvisi"))));

		mvc.perform(post("/perusahaan/penawaran/{id}/terima", offerId).with(csrf())
			.param("reason", "")
			.session(company.session())).andExpect(flash().attribute("success", "flash.offerAccepted"));
		assertThat(world.status(offerId)).isEqualTo("ACCEPTED");
		mvc.perform(offerForm("/umkm/penawaran/{id}/ubah", offerId).session(umkm.session()))
			.andExpect(status().isConflict());
		assertThat(
				jdbc.sql("select unit_price from offer where id = :id").param("id", offerId).query(Long.class).single())
			.isEqualTo(42_500L);
		mvc.perform(post("/umkm/penawaran/{id}/tarik", offerId).with(csrf()).session(umkm.session()))
			.andExpect(status().isConflict());
		mvc.perform(get("/umkm/penawaran/{id}/ubah", offerId).session(umkm.session())).andExpect(status().isConflict());
	}

	@Test
	void onlyTheNeedsCompanySeesAndDecidesItsOffersAndOnlyTheOwnerSeesAnOffer() throws Exception {
		mvc.perform(offerForm("/umkm/kebutuhan/{id}/penawaran", needId).session(umkm.session()));
		Long offerId = world.offerId(needId, umkm.id());
		OfferWorld.Company other = world.company("PT Pesaing", null);
		OfferWorld.Umkm stranger = world.umkm("Usaha Lain");

		// Another company's need and offers, another UMKM's offer: private records, so
		// "not found" (issue 10).
		mvc.perform(get("/perusahaan/kebutuhan/{id}/penawaran", needId).session(other.session()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/perusahaan/penawaran/{id}/terima", offerId).session(other.session()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/perusahaan/penawaran/{id}/terima", offerId).with(csrf()).session(other.session()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/perusahaan/penawaran/{id}/tolak", offerId).with(csrf())
			.param("reason", "Tidak")
			.session(other.session())).andExpect(status().isNotFound());
		mvc.perform(post("/perusahaan/penawaran/{id}/pilih", offerId).with(csrf())
			.param("pilih", "true")
			.session(other.session())).andExpect(status().isNotFound());
		mvc.perform(post("/perusahaan/kebutuhan/{n}/undang/{u}", needId, stranger.id()).with(csrf())
			.session(other.session())).andExpect(status().isNotFound());

		mvc.perform(get("/umkm/penawaran/{id}", offerId).session(stranger.session())).andExpect(status().isNotFound());
		mvc.perform(get("/umkm/penawaran/{id}/ubah", offerId).session(stranger.session()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/umkm/penawaran/{id}/tarik", offerId).with(csrf()).session(stranger.session()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/perusahaan/kebutuhan/{id}/penawaran", needId).session(umkm.session()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/umkm/penawaran/{id}", offerId).session(company.session())).andExpect(status().isForbidden());
		mvc.perform(get("/umkm/penawaran/{id}", Long.MAX_VALUE).session(umkm.session()))
			.andExpect(status().isNotFound());
		assertThat(world.status(offerId)).isEqualTo("SUBMITTED");
	}

	@Test
	void theUmkmReadsTheReasonForADeclineAndTheCompanyProposesAfterAccepting() throws Exception {
		OfferWorld.Umkm second = world.umkm("Kopi Kedua");
		mvc.perform(offerForm("/umkm/kebutuhan/{id}/penawaran", needId).session(umkm.session()));
		mvc.perform(offerForm("/umkm/kebutuhan/{id}/penawaran", needId).session(second.session()));
		Long declined = world.offerId(needId, umkm.id());
		Long accepted = world.offerId(needId, second.id());

		mvc.perform(get("/perusahaan/penawaran/{id}/tolak", declined).session(company.session()))
			.andExpect(content().string(containsString("Ya, tolak penawaran")));
		mvc.perform(post("/perusahaan/penawaran/{id}/tolak", declined).with(csrf())
			.param("reason", " ")
			.session(company.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tuliskan alasannya.")));
		mvc.perform(post("/perusahaan/penawaran/{id}/tolak", declined).with(csrf())
			.param("reason", "Harga di atas anggaran <kami>")
			.session(company.session())).andExpect(redirectedUrl("/perusahaan/kebutuhan/" + needId + "/penawaran"));
		mvc.perform(get("/umkm/penawaran").session(umkm.session()))
			.andExpect(content()
				.string(allOf(containsString("Ditolak"), containsString("Harga di atas anggaran &lt;kami&gt;"))));
		mvc.perform(get("/umkm/penawaran/{id}", declined).session(umkm.session()))
			.andExpect(content().string(containsString("Harga di atas anggaran &lt;kami&gt;")));

		mvc.perform(post("/perusahaan/penawaran/{id}/terima", accepted).with(csrf())
			.param("reason", "Kualitas sampel bagus")
			.session(company.session()));
		mvc.perform(get("/umkm/penawaran/{id}", accepted).session(second.session()))
			.andExpect(content().string(allOf(containsString("Diterima"), containsString("Kualitas sampel bagus"))));
		mvc.perform(get("/perusahaan/kebutuhan/{id}/penawaran", needId).session(company.session()))
			.andExpect(content()
				.string(containsString("/perusahaan/kebutuhan/" + needId + "/usul/" + second.id() + "\"")));
		mvc.perform(post("/perusahaan/penawaran/{id}/tolak", accepted).with(csrf())
			.param("reason", "Berubah pikiran")
			.session(company.session())).andExpect(status().isConflict());
	}

	@Test
	void anOfferPastItsValidityReadsAsExpiredAndCannotBeAccepted() throws Exception {
		mvc.perform(offerForm("/umkm/kebutuhan/{id}/penawaran", needId).session(umkm.session()));
		Long offerId = world.offerId(needId, umkm.id());
		jdbc.sql("update offer set valid_until = :day where id = :id")
			.param("day", LocalDate.now(WIB).minusDays(1))
			.param("id", offerId)
			.update();

		mvc.perform(get("/umkm/penawaran").session(umkm.session()))
			.andExpect(content().string(containsString("Kedaluwarsa")));
		mvc.perform(get("/perusahaan/kebutuhan/{id}/penawaran", needId).session(company.session()))
			.andExpect(content().string(allOf(containsString("Kedaluwarsa"),
					not(containsString("/perusahaan/penawaran/" + offerId + "/terima")))));
		mvc.perform(post("/perusahaan/penawaran/{id}/terima", offerId).with(csrf()).session(company.session()))
			.andExpect(status().isConflict());
		// Revising with a new date makes it current again.
		mvc.perform(offerForm("/umkm/penawaran/{id}/ubah", offerId).session(umkm.session()))
			.andExpect(redirectedUrl("/umkm/penawaran/" + offerId));
		mvc.perform(get("/umkm/penawaran/{id}", offerId).session(umkm.session()))
			.andExpect(content().string(containsString("Terkirim")));
	}

	@Test
	void theComparisonSortsByPriceOrByLeadTime() throws Exception {
		OfferWorld.Umkm fast = world.umkm("Kopi Cepat");
		mvc.perform(offerForm("/umkm/kebutuhan/{id}/penawaran", needId).session(umkm.session()));
		// 0,4 ton at Rp 50.000.000 per ton is dearer than Rp 45.000 per kg, but arrives
		// in 2 days.
		mvc.perform(offerForm("/umkm/kebutuhan/{id}/penawaran", needId, "quantity", "0,4", "unit", "TON", "unitPrice",
				"Rp 50.000.000", "leadTimeDays", "2")
			.session(fast.session())).andExpect(flash().attribute("success", "flash.offerSent"));

		String byPrice = mvc
			.perform(get("/perusahaan/kebutuhan/{id}/penawaran", needId).param("urut", "harga")
				.session(company.session()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(byPrice.indexOf(umkm.name())).isLessThan(byPrice.indexOf(fast.name()));
		String byLeadTime = mvc
			.perform(get("/perusahaan/kebutuhan/{id}/penawaran", needId).param("urut", "waktu")
				.session(company.session()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(byLeadTime.indexOf(fast.name())).isLessThan(byLeadTime.indexOf(umkm.name()));
		assertThat(byLeadTime).contains("?urut=harga").contains("20 % kebutuhan");
	}

	@Test
	void anOfferHoldsAtMostThreeFilesAndTheOwnerCanRemoveOne() throws Exception {
		mvc.perform(
				offerForm("/umkm/kebutuhan/{id}/penawaran", needId).file(file("a.pdf", PDF)).session(umkm.session()));
		Long offerId = world.offerId(needId, umkm.id());
		for (String name : new String[] { "b.pdf", "c.pdf" }) {
			mvc.perform(multipart("/umkm/penawaran/{id}/lampiran", offerId).file(file(name, PDF))
				.with(csrf())
				.session(umkm.session())).andExpect(redirectedUrl("/umkm/penawaran/" + offerId));
		}
		mvc.perform(multipart("/umkm/penawaran/{id}/lampiran", offerId).file(file("d.pdf", PDF))
			.with(csrf())
			.session(umkm.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Penawaran ini sudah punya 3 lampiran.")));
		Long documentId = jdbc
			.sql("select document_id from offer_attachment where offer_id = :id and file_name = 'b.pdf'")
			.param("id", offerId)
			.query(Long.class)
			.single();
		mvc.perform(get("/umkm/penawaran/{id}/lampiran/{d}/hapus", offerId, documentId).session(umkm.session()))
			.andExpect(content().string(containsString("Hapus lampiran &quot;b.pdf&quot;")));
		mvc.perform(post("/umkm/penawaran/{id}/lampiran/{d}/hapus", offerId, documentId).with(csrf())
			.session(umkm.session())).andExpect(redirectedUrl("/umkm/penawaran/" + offerId));
		assertThat(jdbc.sql("select count(*) from stored_document where id = :id")
			.param("id", documentId)
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("select count(*) from offer_attachment where offer_id = :id")
			.param("id", offerId)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void aClosedNeedTakesNoOffersAndIsHiddenFromUmkmThatHadNothingToDoWithIt() throws Exception {
		mvc.perform(offerForm("/umkm/kebutuhan/{id}/penawaran", needId).session(umkm.session()));
		mvc.perform(post("/perusahaan/kebutuhan/{id}/status", needId).with(csrf())
			.param("buka", "false")
			.session(company.session()));
		OfferWorld.Umkm late = world.umkm("Kopi Terlambat");
		mvc.perform(get("/umkm/kebutuhan/{id}", needId).session(late.session())).andExpect(status().isNotFound());
		mvc.perform(offerForm("/umkm/kebutuhan/{id}/penawaran", needId).session(late.session()))
			.andExpect(status().isConflict());
		mvc.perform(get("/umkm/kebutuhan/{id}", needId).session(umkm.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tidak menerima penawaran")));
	}

	/**
	 * Issue 10 §4, second round: the company's side of a required certificate. An unmet
	 * one (only submitted, or missing) costs the certificate points in the score the
	 * company compares and sorts by (the same score as the why-not), and each offer row
	 * says which required certificates are unmet; the certificate column no longer calls
	 * a certificate waiting for verification "berlaku".
	 */
	@Test
	void theCompanySeesPerOfferWhichRequiredCertificatesAreUnmetAndTheyCostTheCertificatePoints() throws Exception {
		jdbc.sql(
				"insert into need_certificate (need_id, type_code, required, requirement_group) values (?, 'HALAL', true, 1)")
			.param(needId)
			.update();
		OfferWorld.Umkm certified = world.umkm("Kopi Halal Terverifikasi");
		OfferWorld.Umkm without = world.umkm("Kopi Tanpa Halal");
		LocalDate today = LocalDate.now(WIB);
		certificate(umkm.id(), "HALAL", "SUBMITTED", today.plusYears(2));
		certificate(umkm.id(), "PIRT", "SUBMITTED", today.plusYears(2));
		certificate(certified.id(), "HALAL", "VERIFIED", today.plusYears(2));
		for (OfferWorld.Umkm u : java.util.List.of(umkm, certified, without)) {
			mvc.perform(offerForm("/umkm/kebutuhan/{id}/penawaran", needId).session(u.session()))
				.andExpect(flash().attribute("success", "flash.offerSent"));
		}

		assertThat(whyNotText(umkm.id())).contains("HALAL wajib: menunggu verifikasi petugas, belum dihitung (0/10)");
		assertThat(whyNotText(without.id())).contains("HALAL wajib tetapi tidak ada (0/10)");
		assertThat(whyNotText(certified.id())).contains(
				"HALAL berlaku s.d. " + Formats.date(today.plusYears(2), Locale.forLanguageTag("id")) + " (10/10)");

		String page = mvc.perform(get("/perusahaan/kebutuhan/{id}/penawaran", needId).session(company.session()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain("Sertifikat berlaku");
		assertThat(tableRow(page, umkm.name())).contains("Sertifikat halal: menunggu verifikasi petugas")
			.contains("Sertifikat P-IRT (menunggu verifikasi)")
			.doesNotContain("Sertifikat halal (menunggu verifikasi)");
		assertThat(tableRow(page, without.name())).contains("Sertifikat halal: belum ada");
		assertThat(tableRow(page, certified.name())).contains("Sertifikat halal")
			.doesNotContain("belum ada")
			.doesNotContain("menunggu verifikasi");

		// the company is told again on the page where it accepts the offer
		assertThat(text(mvc
			.perform(get("/perusahaan/penawaran/{id}/terima", world.offerId(needId, umkm.id()))
				.session(company.session()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString())).contains("Sertifikat halal: menunggu verifikasi petugas");
		assertThat(text(mvc
			.perform(get("/perusahaan/penawaran/{id}/terima", world.offerId(needId, certified.id()))
				.session(company.session()))
			.andReturn()
			.getResponse()
			.getContentAsString())).doesNotContain("Wajib belum terpenuhi");

		// the comparison's scores are the why-not's, and the default order puts the one
		// that meets the requirement first
		OfferComparison comparison = offers.compare(company.accountId(), needId, OfferSort.SCORE);
		assertThat(comparison.rows()).extracting(OfferRow::umkmId).first().isEqualTo(certified.id());
		for (OfferRow r : comparison.rows()) {
			assertThat(r.matchScore()).isEqualTo(matching.explain(needId, r.umkmId()).candidate().score());
		}
		assertThat(comparison.rows()).filteredOn(r -> r.umkmId().equals(umkm.id()))
			.singleElement()
			.satisfies(r -> assertThat(r.matchScore()).isLessThanOrEqualTo(
					comparison.rows().get(0).matchScore() - matching.weights().weightCertificates() + 0.11));
	}

	/**
	 * The company's why-not page for one UMKM as a reader sees it: text without tags,
	 * spaces collapsed.
	 */
	private String whyNotText(Long umkmId) throws Exception {
		String html = mvc
			.perform(get("/perusahaan/kebutuhan/{id}/kenapa", needId).param("umkm", umkmId.toString())
				.session(company.session()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return text(html);
	}

	/**
	 * Text as a reader sees it: tags dropped, white space collapsed, no space before
	 * punctuation.
	 */
	private static String text(String html) {
		return html.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").replaceAll(" ([,;:)])", "$1");
	}

	/** The desktop table's row of one UMKM (from its name to the end of the row). */
	private static String tableRow(String page, String umkmName) {
		int start = page.indexOf(umkmName);
		assertThat(start).as("row of %s", umkmName).isNotNegative();
		return text(page.substring(start, page.indexOf("</tr>", start)));
	}

	private void certificate(Long umkmId, String type, String status, LocalDate expiresOn) {
		jdbc.sql(
				"""
						insert into umkm_certificate (umkm_id, type_code, number, issued_on, expires_on, issuer, status, reviewed_at)
						values (?, ?, ?, ?, ?, 'Penerbit uji', ?, case when ? = 'VERIFIED' then now() end)
						""")
			.params(umkmId, type, "UJI-" + type + "-" + umkmId, expiresOn.minusYears(3), expiresOn, status, status)
			.update();
	}

}
