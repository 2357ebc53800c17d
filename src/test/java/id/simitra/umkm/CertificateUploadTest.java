package id.simitra.umkm;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import id.simitra.account.Role;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;
import id.simitra.support.WebSession;
import id.simitra.umkm.CertificateView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Adding, editing and deleting certificates through the owner's form; the file kind is
 * read from its bytes.
 */
@SimitraTest
class CertificateUploadTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CertificateService certificates;

	private MockHttpSession owner;

	private Long umkmId;

	@BeforeEach
	void anOwnerWithAProfile() throws Exception {
		owner = WebSession.login(mvc, fixtures.accountEmail(Role.UMKM), WebSession.PASSWORD);
		umkmId = fixtures.umkmOwnedBy(CertificateTestData.accountId(owner), "Kopi Unggah Uji", "12.11", "10761").id();
	}

	@Test
	void aPdfCertificateIsSavedWithItsNormalizedNumberAndDefaultIssuer() throws Exception {
		mvc.perform(upload("izin.pdf", CertificateTestData.PDF, "typeCode", "BPOM", "number", "md 2245 1200 1234",
				"issuer", ""))
			.andExpect(redirectedUrl("/umkm/sertifikat"));
		CertificateView saved = certificates.listOf(umkmId, 0).items().get(0);
		assertThat(saved.number()).isEqualTo("MD224512001234");
		assertThat(saved.issuer()).isEqualTo("Badan POM");
		assertThat(saved.status()).isEqualTo(CertificateStatus.SUBMITTED);
		mvc.perform(get("/umkm/sertifikat").session(owner))
			.andExpect(content().string(containsString("MD224512001234")))
			.andExpect(content().string(containsString("Menunggu verifikasi")));
	}

	@Test
	void theFormForAKindShowsItsExampleAndPrefillsItsIssuer() throws Exception {
		mvc.perform(get("/umkm/sertifikat/baru").session(owner))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/umkm/sertifikat/baru?jenis=PIRT")));
		mvc.perform(get("/umkm/sertifikat/baru").param("jenis", "PIRT").session(owner))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("206127101002024")))
			.andExpect(content().string(containsString("value=\"Dinas Kesehatan kabupaten/kota\"")))
			.andExpect(content().string(containsString("enctype=\"multipart/form-data\"")));
	}

	@Test
	void aTextFileRenamedAsAPhotoIsRefused() throws Exception {
		mvc.perform(upload("foto.jpg", CertificateTestData.TEXT, "typeCode", "NIB", "number", "9120001234567"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Berkas ini bukan PDF, JPEG atau PNG.")))
			.andExpect(content().string(containsString("value=\"9120001234567\"")));
		assertThat(certificates.listOf(umkmId, 0).isEmpty()).isTrue();
	}

	@Test
	void aZipIsRefusedWhateverItIsCalled() throws Exception {
		MockMultipartFile zip = new MockMultipartFile("document", "sertifikat.pdf", "application/pdf",
				CertificateTestData.ZIP);
		mvc.perform(multipart("/umkm/sertifikat/baru").file(zip)
			.param("typeCode", "NIB")
			.param("number", "9120001234567")
			.param("issuedOn", "2024-01-15")
			.param("issuer", "OSS")
			.session(owner)
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Berkas ini bukan PDF, JPEG atau PNG.")));
		assertThat(certificates.listOf(umkmId, 0).isEmpty()).isTrue();
	}

	@Test
	void aNewCertificateNeedsItsDocument() throws Exception {
		mvc.perform(multipart("/umkm/sertifikat/baru").param("typeCode", "NIB")
			.param("number", "9120001234567")
			.param("issuedOn", "2024-01-15")
			.param("issuer", "OSS")
			.session(owner)
			.with(csrf())).andExpect(status().isOk()).andExpect(content().string(containsString("Unggah dokumennya")));
	}

	@Test
	void aWrongNumberIsExplainedWithTheKindsExampleInEitherLanguage() throws Exception {
		mvc.perform(upload("izin.pdf", CertificateTestData.PDF, "typeCode", "BPOM", "number", "SP 12345"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("Format nomor Izin edar BPOM (MD/ML) tidak sesuai. Contoh: MD 224512001234.")));
		mvc.perform(upload("izin.png", CertificateTestData.PNG, "typeCode", "NIB", "number", "12345")
			.cookie(new Cookie("simitra-lang", "en")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"This is not a valid Business identification number (NIB) number. Example: 9120001234567.")));
	}

	@Test
	void expiryIsRequiredForKindsThatExpireAndBadDatesAreExplained() throws Exception {
		mvc.perform(upload("pirt.pdf", CertificateTestData.PDF, "typeCode", "PIRT", "number", "206127101002024",
				"expiresOn", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Wajib diisi.")));
		mvc.perform(upload("pirt.pdf", CertificateTestData.PDF, "typeCode", "PIRT", "number", "206127101002024",
				"issuedOn", "kemarin", "expiresOn", "2020-01-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tanggal tidak valid.")));
		mvc.perform(upload("pirt.pdf", CertificateTestData.PDF, "typeCode", "PIRT", "number", "206127101002024",
				"expiresOn", "2020-01-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tanggal berlaku tidak boleh sebelum tanggal terbit.")));
		mvc.perform(upload("pirt.pdf", CertificateTestData.PDF, "typeCode", "UNKNOWN", "number", "123"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Pilih salah satu dari daftar.")));
	}

	/**
	 * Issue 15 and 16: a halal certificate issued since 2022 has no expiry date, an NPWP
	 * no issue date, and a P-IRT number is typed as printed; each is saved, the number
	 * stored bare. The P-IRT still needs its expiry date.
	 */
	@Test
	void halalWithoutExpiryNpwpWithoutIssueDateAndPrintedPirtAreSaved() throws Exception {
		mvc.perform(upload("halal.pdf", CertificateTestData.PDF, "typeCode", "HALAL", "number",
				"No. ID 0021 0012345 670824", "issuedOn", "2024-08-01", "expiresOn", ""))
			.andExpect(redirectedUrl("/umkm/sertifikat"));
		mvc.perform(upload("npwp.pdf", CertificateTestData.PDF, "typeCode", "NPWP", "number", "01.234.567.8-123.000",
				"issuedOn", "", "expiresOn", ""))
			.andExpect(redirectedUrl("/umkm/sertifikat"));
		mvc.perform(upload("pirt.pdf", CertificateTestData.PDF, "typeCode", "PIRT", "number",
				"P-IRT No. 206127101002024-29", "issuedOn", "2024-01-15", "expiresOn", "2029-01-15"))
			.andExpect(redirectedUrl("/umkm/sertifikat"));
		mvc.perform(upload("nib.pdf", CertificateTestData.PDF, "typeCode", "NIB", "number", "9120001234567", "issuedOn",
				""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Wajib diisi.")));
		Map<String, CertificateView> saved = new LinkedHashMap<>();
		certificates.listOf(umkmId, 0).items().forEach(c -> saved.put(c.type().code(), c));
		assertThat(saved.get("HALAL").number()).isEqualTo("ID00210012345670824");
		assertThat(saved.get("HALAL").expiresOn()).isNull();
		assertThat(saved.get("NPWP").issuedOn()).isNull();
		assertThat(saved.get("PIRT").number()).isEqualTo("20612710100202429");
		assertThat(saved.get("PIRT").expiresOn()).isEqualTo(LocalDate.of(2029, 1, 15));
		assertThat(saved).doesNotContainKey("NIB");
		mvc.perform(get("/umkm/sertifikat").session(owner))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tidak tercantum")));
		mvc.perform(get("/umkm/sertifikat/baru").param("jenis", "HALAL").session(owner))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("terbit sejak 2022")));
	}

	@Test
	void editingKeepsTheDocumentAndDeletingAsksFirst() throws Exception {
		Long id = certificates
			.create(umkmId,
					CertificateTestData.data("HALAL", "ID12110000123450823", LocalDate.of(2024, 1, 1),
							LocalDate.of(2028, 1, 1)))
			.id();
		CertificateView before = certificates.getOwned(id, umkmId);
		mvc.perform(multipart("/umkm/sertifikat/{id}/ubah", id).param("typeCode", "HALAL")
			.param("number", "ID12110000123450824")
			.param("issuedOn", "2024-01-01")
			.param("expiresOn", "2028-01-01")
			.param("issuer", "BPJPH")
			.param("version", String.valueOf(before.version()))
			.session(owner)
			.with(csrf())).andExpect(redirectedUrl("/umkm/sertifikat"));
		CertificateView after = certificates.getOwned(id, umkmId);
		assertThat(after.number()).isEqualTo("ID12110000123450824");
		assertThat(after.documentId()).isEqualTo(before.documentId());

		mvc.perform(get("/umkm/sertifikat/{id}/hapus", id).session(owner))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ya, hapus")));
		mvc.perform(post("/umkm/sertifikat/{id}/hapus", id).session(owner).with(csrf()))
			.andExpect(redirectedUrl("/umkm/sertifikat"));
		mvc.perform(get("/umkm/sertifikat").session(owner))
			.andExpect(content().string(not(containsString("ID12110000123450824"))));
		mvc.perform(get("/dokumen/{id}", before.documentId()).session(owner)).andExpect(status().isNotFound());
	}

	@Test
	void anotherOwnersCertificateCannotBeOpenedEditedOrDeleted() throws Exception {
		Long id = certificates
			.create(umkmId, CertificateTestData.data("NIB", "9120001234567", LocalDate.of(2024, 1, 1), null))
			.id();
		MockHttpSession other = WebSession.login(mvc, fixtures.accountEmail(Role.UMKM), WebSession.PASSWORD);
		fixtures.umkmOwnedBy(CertificateTestData.accountId(other), "Usaha Lain", "12.71", "10761");
		mvc.perform(get("/umkm/sertifikat/{id}/ubah", id).session(other)).andExpect(status().isNotFound());
		mvc.perform(post("/umkm/sertifikat/{id}/hapus", id).session(other).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/umkm/sertifikat/{id}/ubah", Long.MAX_VALUE).session(owner)).andExpect(status().isNotFound());
	}

	/**
	 * A certificate form post; {@code fields} are name/value pairs that replace the
	 * defaults.
	 */
	private MockMultipartHttpServletRequestBuilder upload(String fileName, byte[] bytes, String... fields) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("issuedOn", "2024-01-15");
		values.put("expiresOn", "2029-01-15");
		values.put("issuer", "Penerbit Uji");
		for (int i = 0; i < fields.length; i += 2) {
			values.put(fields[i], fields[i + 1]);
		}
		MockMultipartHttpServletRequestBuilder request = multipart("/umkm/sertifikat/baru")
			.file(new MockMultipartFile("document", fileName, "image/jpeg", bytes));
		values.forEach((name, value) -> request.param(name, value));
		request.session(owner).with(csrf());
		return request;
	}

}
