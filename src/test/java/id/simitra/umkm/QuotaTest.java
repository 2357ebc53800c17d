package id.simitra.umkm;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import id.simitra.account.AccountService;
import id.simitra.account.Role;
import id.simitra.account.SimitraUser;
import id.simitra.product.TestImages;
import id.simitra.reference.Unit;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;
import id.simitra.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Quotas per business (section 5 of issue 10): 50 certificates, 500 products, 200 MB of
 * stored documents and photos (application.properties, simitra.quota.*). At each limit
 * the last one still fits and the next is refused with a message on the form, which keeps
 * what was typed. The records below the limit are copied in SQL for speed.
 */
@SimitraTest
class QuotaTest {

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	private static final long STORAGE = 200L * 1024 * 1024;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	Long umkmId;

	MockHttpSession owner;

	@BeforeEach
	void anUmkm() throws Exception {
		String email = fixtures.accountEmail(Role.UMKM);
		SimitraUser user = (SimitraUser) accounts.loadUserByUsername(email);
		umkmId = fixtures.umkmOwnedBy(user.accountId(), "Usaha Kuota " + System.nanoTime(), "12.71", "10761").id();
		owner = WebSession.login(mvc, email, WebSession.PASSWORD);
	}

	@Test
	void theFiftiethCertificateFitsAndTheFiftyFirstIsRefusedKeepingTheForm() throws Exception {
		assertThat(addCertificate("9120001234001").getResponse().getRedirectedUrl()).isEqualTo("/umkm/sertifikat");
		copyCertificates(48);
		assertThat(count("umkm_certificate")).isEqualTo(49);
		assertThat(addCertificate("9120001234050").getResponse().getRedirectedUrl()).isEqualTo("/umkm/sertifikat");

		MvcResult refused = addCertificate("9120001234051");
		assertThat(refused.getResponse().getStatus()).isEqualTo(200);
		assertThat(refused.getResponse().getContentAsString()).contains("paling banyak 50 sertifikat per usaha")
			.contains("value=\"9120001234051\"");
		assertThat(count("umkm_certificate")).isEqualTo(50); // Whoever opens the form
																// again is told before
																// typing.
		assertThat(page("/umkm/sertifikat/baru?jenis=NIB")).contains("Batas jumlah sertifikat usaha Anda tercapai");
	}

	@Test
	void theFiveHundredthProductFitsAndTheNextIsRefusedKeepingTheForm() throws Exception {
		Long first = fixtures.product(umkmId, "Kopi pertama", "10761", Unit.KG, "500");
		jdbc.sql(
				"""
						insert into product (umkm_id, name, description, kbli_version, kbli_code, unit, unit_kind, monthly_capacity,
						                     capacity_base, minimum_order, price_min, price_max)
						select umkm_id, name || ' ' || g, description, kbli_version, kbli_code, unit, unit_kind, monthly_capacity,
						       capacity_base, minimum_order, price_min, price_max
						from product, generate_series(1, 498) g where id = :id
						""")
			.param("id", first)
			.update();
		assertThat(count("product")).isEqualTo(499);
		assertThat(addProduct("Kopi ke-500").getResponse().getRedirectedUrl()).isEqualTo("/umkm/produk");

		MvcResult refused = addProduct("Kopi ke-501");
		assertThat(refused.getResponse().getStatus()).isEqualTo(200);
		assertThat(refused.getResponse().getContentAsString()).contains("paling banyak 500 produk per usaha")
			.contains("value=\"Kopi ke-501\"");
		assertThat(count("product")).isEqualTo(500);
		assertThat(page("/umkm/produk/baru")).contains("Batas jumlah produk usaha Anda tercapai");
	}

	@Test
	void storageUpToTheLastByteFitsAndOneMoreFileIsRefused() throws Exception {
		// 39 files of 5 MB and one that leaves exactly room for one more PDF of this
		// size.
		storeDocuments(39, 5L * 1024 * 1024);
		storeDocuments(1, 5L * 1024 * 1024 - PDF.length);
		assertThat(addCertificate("9120001234001").getResponse().getRedirectedUrl()).isEqualTo("/umkm/sertifikat");

		MvcResult refused = addCertificate("9120001234002");
		assertThat(refused.getResponse().getStatus()).isEqualTo(200);
		assertThat(refused.getResponse().getContentAsString()).contains("batas 200 MB")
			.contains("value=\"9120001234002\"");

		// Photos count too.
		Long product = fixtures.product(umkmId, "Kopi berfoto", "10761", Unit.KG, "500");
		MvcResult photo = mvc
			.perform(multipart("/umkm/produk/{id}/foto", product)
				.file(new MockMultipartFile("foto", "foto.png", "image/png", TestImages.png(50, 50)))
				.session(owner)
				.with(csrf()))
			.andReturn();
		assertThat(photo.getFlashMap().get("error")).isEqualTo("quota.storage.short");
		assertThat(jdbc.sql("select count(*) from product_photo where product_id = ?")
			.param(product)
			.query(Long.class)
			.single()).isZero();
		assertThat(storedBytes()).isEqualTo(STORAGE);
	}

	@Test
	void anOfferWithAFileWhenTheStorageIsFullKeepsWhatWasTyped() throws Exception {
		storeDocuments(40, 5L * 1024 * 1024);
		Long company = fixtures.company("PT Kuota " + System.nanoTime(), "12.71");
		Long need = fixtures.need(company, "Kopi bubuk kuota", "10761", "100", Unit.KG, "12.71", java.util.Map.of());
		MvcResult refused = mvc
			.perform(multipart("/umkm/kebutuhan/{id}/penawaran", need)
				.file(new MockMultipartFile("attachment", "harga.pdf", "application/pdf", PDF))
				.session(owner)
				.with(csrf())
				.header("Accept", "text/html")
				.param("quantity", "50")
				.param("unit", "KG")
				.param("unitPrice", "45000")
				.param("leadTimeDays", "7")
				.param("validUntil", LocalDate.now().plusDays(14).toString())
				.param("note", "Robusta sangrai sedang"))
			.andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(200);
		assertThat(refused.getResponse().getContentAsString()).contains("batas 200 MB")
			.contains("Robusta sangrai sedang")
			.contains("value=\"45000\"");
		assertThat(jdbc.sql("select count(*) from offer where need_id = ?").param(need).query(Long.class).single())
			.isZero();
	}

	private String page(String path) throws Exception {
		MvcResult result = mvc.perform(get(path).session(owner).header("Accept", "text/html")).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	private MvcResult addCertificate(String number) throws Exception {
		return mvc
			.perform(multipart("/umkm/sertifikat/baru")
				.file(new MockMultipartFile("document", "scan.pdf", "application/pdf", PDF))
				.session(owner)
				.with(csrf())
				.header("Accept", "text/html")
				.param("typeCode", "NIB")
				.param("number", number)
				.param("issuedOn", LocalDate.now().minusYears(1).toString())
				.param("issuer", "OSS"))
			.andReturn();
	}

	private MvcResult addProduct(String name) throws Exception {
		return mvc
			.perform(post("/umkm/produk/baru").session(owner)
				.with(csrf())
				.header("Accept", "text/html")
				.param("name", name)
				.param("description", "Kopi bubuk")
				.param("kbli", "10761")
				.param("unit", "KG")
				.param("monthlyCapacity", "500")
				.param("minimumOrder", "1")
				.param("priceMin", "10000")
				.param("priceMax", "20000"))
			.andReturn();
	}

	private void copyCertificates(int copies) {
		jdbc.sql("""
				insert into umkm_certificate (umkm_id, type_code, number, issued_on, expires_on, issuer)
				select umkm_id, type_code, number, issued_on, expires_on, issuer
				from umkm_certificate, generate_series(1, :n) where umkm_id = :umkm
				""").param("n", copies).param("umkm", umkmId).update();
	}

	private void storeDocuments(int files, long declaredSize) {
		jdbc.sql("""
				insert into stored_document (umkm_id, content_type, file_name, size_bytes, sha256, data)
				select :umkm, 'application/pdf', 'arsip.pdf', :size, repeat('0', 64), '\\x25'::bytea
				from generate_series(1, :n)
				""").param("umkm", umkmId).param("size", declaredSize).param("n", files).update();
	}

	private long storedBytes() {
		return jdbc.sql("select sum(size_bytes) from stored_document where umkm_id = ?")
			.param(umkmId)
			.query(Long.class)
			.single();
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table + " where umkm_id = ?")
			.param(umkmId)
			.query(Long.class)
			.single();
	}

}
