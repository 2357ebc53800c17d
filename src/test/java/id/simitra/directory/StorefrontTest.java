package id.simitra.directory;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import id.simitra.account.Role;
import id.simitra.directory.internal.StorefrontService;
import id.simitra.product.TestImages;
import id.simitra.product.internal.ProductPhotoService;
import id.simitra.reference.Unit;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;
import id.simitra.support.WebSession;
import id.simitra.umkm.UmkmView;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SimitraTest
class StorefrontTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProductPhotoService photos;

	@Test
	void verifiedValidCertificateIsABadgeSubmittedOneWaitsAndExpiredAndRejectedOnesAreNot() throws Exception {
		UmkmView umkm = fixtures.umkm("Kopi Lintong Badge", "12.16", "10761");
		LocalDate today = LocalDate.now(StorefrontService.WIB);
		jdbc.sql("update umkm set verified_at = :at where id = :id")
			.param("at", OffsetDateTime.of(2026, 3, 2, 3, 0, 0, 0, ZoneOffset.UTC))
			.param("id", umkm.id())
			.update();
		certificate(umkm.id(), "HALAL", "VERIFIED", today.minusYears(1), today.plusYears(2),
				OffsetDateTime.of(2026, 4, 10, 2, 0, 0, 0, ZoneOffset.UTC));
		certificate(umkm.id(), "PIRT", "VERIFIED", today.minusYears(5), today.minusDays(1),
				OffsetDateTime.of(2021, 5, 5, 2, 0, 0, 0, ZoneOffset.UTC));
		certificate(umkm.id(), "BPOM", "REJECTED", today.minusYears(1), today.plusYears(3), null);
		certificate(umkm.id(), "SNI", "SUBMITTED", today.minusYears(1), today.plusYears(3), null);

		mvc.perform(get("/direktori/umkm/{id}", umkm.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("✓ Identitas usaha · diverifikasi 2 Maret 2026"),
					containsString("✓ Sertifikat halal · diverifikasi 10 April 2026"),
					containsString("Sertifikat P-IRT: kedaluwarsa"), not(containsString("✓ Sertifikat P-IRT")),
					not(containsString("BPOM")), containsString("Sertifikat SNI (SPPT-SNI) · menunggu verifikasi"),
					not(containsString("✓ Sertifikat SNI")))));
		mvc.perform(get("/direktori/umkm/{id}", umkm.id()).param("lang", "en"))
			.andExpect(content().string(allOf(containsString("✓ Halal certificate · verified"),
					containsString("Home-industry food permit (P-IRT): expired"))));
	}

	@Test
	void certificateExpiringTodayStillCounts() throws Exception {
		UmkmView umkm = fixtures.umkm("Keripik Hari Ini", "12.71", "10794");
		LocalDate today = LocalDate.now(StorefrontService.WIB);
		certificate(umkm.id(), "PIRT", "VERIFIED", today.minusYears(5), today, OffsetDateTime.now(ZoneOffset.UTC));

		mvc.perform(get("/direktori/umkm/{id}", umkm.id()))
			.andExpect(content().string(allOf(containsString("✓ Sertifikat P-IRT"), not(containsString("kedaluwarsa")),
					not(containsString("Identitas usaha · diverifikasi")))));
	}

	@Test
	void storefrontShowsProductPhotosAndLinkPreviewButNoContactDetails() throws Exception {
		UmkmView umkm = fixtures.umkm("Ulos Etalase", "12.12", "13122");
		Long productId = fixtures.product(umkm.id(), "Ulos Ragi Hotang", "13122", Unit.PCS, "20");
		Long photoId = photos.add(productId, umkm.id(), TestImages.jpeg(800, 600)).id();

		mvc.perform(get("/direktori/umkm/{id}", umkm.id()))
			.andExpect(content().string(allOf(containsString("href=\"/foto/" + photoId + "\""),
					containsString("src=\"/foto/" + photoId + "/kecil\""),
					containsString("<meta property=\"og:title\" content=\"Ulos Etalase\">"),
					containsString("og:description"), containsString("http://portal.simitra.test/foto/" + photoId),
					containsString("http://portal.simitra.test/direktori/umkm/" + umkm.id()),
					not(containsString(umkm.phone())), not(containsString(umkm.address())),
					not(containsString("Simpan ke daftar pendek")))));
	}

	@Test
	void onlyCompanyStaffSeeTheShortlistForm() throws Exception {
		UmkmView umkm = fixtures.umkm("Gula Aren Daftar", "12.04", "10722");
		MockHttpSession staff = WebSession.login(mvc, fixtures.accountEmail(Role.COMPANY), WebSession.PASSWORD);
		MockHttpSession owner = WebSession.login(mvc, fixtures.accountEmail(Role.UMKM), WebSession.PASSWORD);

		mvc.perform(get("/direktori/umkm/{id}", umkm.id()).session(staff))
			.andExpect(content().string(containsString("Simpan ke daftar pendek")));
		mvc.perform(get("/direktori/umkm/{id}", umkm.id()).session(owner))
			.andExpect(content().string(not(containsString("Simpan ke daftar pendek"))));
	}

	private void certificate(Long umkmId, String type, String status, LocalDate issued, LocalDate expires,
			OffsetDateTime reviewedAt) {
		jdbc.sql(
				"""
						insert into umkm_certificate (umkm_id, type_code, number, issued_on, expires_on, issuer, status, reviewed_at)
						values (:umkm, :type, :number, :issued, :expires, 'Penerbit uji', :status, :reviewed)""")
			.param("umkm", umkmId)
			.param("type", type)
			.param("number", "UJI-" + type)
			.param("issued", issued)
			.param("expires", expires)
			.param("status", status)
			.param("reviewed", reviewedAt)
			.update();
	}

}
