package id.simitra.shortlist;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.test.web.servlet.MockMvc;

import id.simitra.account.Role;
import id.simitra.account.SimitraUser;
import id.simitra.company.CompanyProfile;
import id.simitra.company.CompanyService;
import id.simitra.reference.Unit;
import id.simitra.shortlist.internal.ShortlistCsv;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;
import id.simitra.support.WebSession;
import id.simitra.umkm.UmkmView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SimitraTest
class ShortlistTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CompanyService companies;

	@Autowired
	JdbcClient jdbc;

	@Test
	void staffSaveAnUmkmFromItsStorefrontAndExportTheListAsCsv() throws Exception {
		MockHttpSession staff = companyStaff("PT Kopi Ekspor");
		UmkmView umkm = fixtures.umkm("Kopi Sipirok \"Asli\", Tapsel", "12.71", "10761", "46331");
		fixtures.product(umkm.id(), "Kopi bubuk", "10761", Unit.KG, "100");
		fixtures.product(umkm.id(), "Kopi biji", "10761", Unit.KG, "300");

		mvc.perform(post("/perusahaan/daftar-pendek/simpan").session(staff)
			.with(csrf())
			.param("umkmId", umkm.id().toString())
			.param("newName", "Pemasok kopi 2026"))
			.andExpect(redirectedUrl("/direktori/umkm/" + umkm.id()))
			.andExpect(flash().attribute("success", "flash.shortlistAdded"));
		Long listId = listId("Pemasok kopi 2026");
		mvc.perform(get("/direktori/umkm/{id}", umkm.id()).session(staff))
			.andExpect(content().string(containsString("Sudah ada di daftar: Pemasok kopi 2026")));
		mvc.perform(get("/perusahaan/daftar-pendek/{id}", listId).session(staff))
			.andExpect(content().string(containsString("href=\"/direktori/umkm/" + umkm.id() + "\"")))
			.andExpect(content().string(containsString("Usaha mikro")));

		byte[] csv = mvc
			.perform(get("/perusahaan/daftar-pendek/{id}.csv", listId).session(staff).header("Host", "evil.example"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "text/csv;charset=UTF-8"))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
					containsString("attachment; filename=\"daftar-pendek-Pemasok-kopi-2026.csv\"")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
		assertThat(text.split("\r\n")).containsExactly(
				"nama usaha,kabupaten/kota,provinsi,kelas usaha,KBLI,NIB ada,jumlah produk,tautan etalase",
				"\"Kopi Sipirok \"\"Asli\"\", Tapsel\",Kota Medan,Sumatera Utara,Usaha mikro,"
						+ "\"10761 — Industri Pengolahan Kopi; 46331 — Perdagangan Besar Gula, Coklat Dan Kembang Gula\","
						+ "tidak,2,http://portal.simitra.test/direktori/umkm/" + umkm.id());
	}

	@Test
	void anotherCompanyCannotSeeChangeOrExportAList() throws Exception {
		MockHttpSession a = companyStaff("PT Alpha");
		MockHttpSession b = companyStaff("PT Beta");
		UmkmView umkm = fixtures.umkm("Sambal Andaliman Rahasia", "12.71", "10792");
		mvc.perform(post("/perusahaan/daftar-pendek").session(a).with(csrf()).param("name", "Rahasia Alpha"));
		Long listOfA = listId("Rahasia Alpha");
		mvc.perform(post("/perusahaan/daftar-pendek/simpan").session(a)
			.with(csrf())
			.param("umkmId", umkm.id().toString())
			.param("shortlistId", listOfA.toString())).andExpect(flash().attribute("success", "flash.shortlistAdded"));

		// Another company's shortlist is private: "not found", not "forbidden" (issue
		// 10).
		mvc.perform(get("/perusahaan/daftar-pendek/{id}.csv", listOfA).session(b)).andExpect(status().isNotFound());
		mvc.perform(get("/perusahaan/daftar-pendek/{id}", listOfA).session(b)).andExpect(status().isNotFound());
		mvc.perform(
				post("/perusahaan/daftar-pendek/{id}/ubah", listOfA).session(b).with(csrf()).param("name", "Diambil"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/perusahaan/daftar-pendek/{id}/hapus", listOfA).session(b).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(
				post("/perusahaan/daftar-pendek/{id}/umkm/{umkm}/hapus", listOfA, umkm.id()).session(b).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/perusahaan/daftar-pendek/simpan").session(b)
			.with(csrf())
			.param("umkmId", umkm.id().toString())
			.param("shortlistId", listOfA.toString())).andExpect(status().isNotFound());
		mvc.perform(get("/perusahaan/daftar-pendek").session(b))
			.andExpect(content().string(not(containsString("Rahasia Alpha"))));
		mvc.perform(get("/direktori/umkm/{id}", umkm.id()).session(b))
			.andExpect(content().string(not(containsString("Rahasia Alpha"))));

		assertThat(
				jdbc.sql("select name from shortlist where id = :id").param("id", listOfA).query(String.class).single())
			.isEqualTo("Rahasia Alpha");
		assertThat(entries(listOfA)).isEqualTo(1);
		mvc.perform(get("/perusahaan/daftar-pendek/{id}.csv", Long.MAX_VALUE).session(a))
			.andExpect(status().isNotFound());
	}

	@Test
	void listsAreCreatedRenamedAndDeletedAfterConfirmation() throws Exception {
		MockHttpSession staff = companyStaff("PT Gamma");
		UmkmView umkm = fixtures.umkm("Tenun Gamma", "12.12", "13122");

		mvc.perform(post("/perusahaan/daftar-pendek").session(staff).with(csrf()).param("name", "Tenun"))
			.andExpect(flash().attribute("success", "flash.shortlistCreated"));
		Long listId = listId("Tenun");
		mvc.perform(post("/perusahaan/daftar-pendek").session(staff).with(csrf()).param("name", " TENUN "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("sudah punya daftar dengan nama ini")));
		mvc.perform(post("/perusahaan/daftar-pendek").session(staff).with(csrf()).param("name", ""))
			.andExpect(content().string(containsString("Wajib diisi")));

		mvc.perform(post("/perusahaan/daftar-pendek/{id}/ubah", listId).session(staff)
			.with(csrf())
			.param("name", "Tenun ikat")).andExpect(redirectedUrl("/perusahaan/daftar-pendek/" + listId));
		mvc.perform(get("/perusahaan/daftar-pendek").session(staff))
			.andExpect(content().string(containsString("Tenun ikat")));

		mvc.perform(post("/perusahaan/daftar-pendek/simpan").session(staff)
			.with(csrf())
			.param("umkmId", umkm.id().toString())
			.param("shortlistId", listId.toString()));
		mvc.perform(get("/perusahaan/daftar-pendek/{id}/umkm/{umkm}/hapus", listId, umkm.id()).session(staff))
			.andExpect(content()
				.string(containsString("Keluarkan &quot;Tenun Gamma&quot; dari daftar &quot;Tenun ikat&quot;?")));
		mvc.perform(
				post("/perusahaan/daftar-pendek/{id}/umkm/{umkm}/hapus", listId, umkm.id()).session(staff).with(csrf()))
			.andExpect(redirectedUrl("/perusahaan/daftar-pendek/" + listId));
		assertThat(entries(listId)).isZero();

		mvc.perform(get("/perusahaan/daftar-pendek/{id}/hapus", listId).session(staff))
			.andExpect(content().string(containsString("Yakin menghapus daftar &quot;Tenun ikat&quot;")));
		mvc.perform(post("/perusahaan/daftar-pendek/{id}/hapus", listId).session(staff).with(csrf()))
			.andExpect(redirectedUrl("/perusahaan/daftar-pendek"));
		assertThat(jdbc.sql("select count(*) from shortlist where id = :id")
			.param("id", listId)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void savingWithoutAListOrANameAsksForOne() throws Exception {
		MockHttpSession staff = companyStaff("PT Delta");
		UmkmView umkm = fixtures.umkm("Delta Snack", "12.71", "10794");

		mvc.perform(post("/perusahaan/daftar-pendek/simpan").session(staff)
			.with(csrf())
			.param("umkmId", umkm.id().toString()))
			.andExpect(redirectedUrl("/direktori/umkm/" + umkm.id()))
			.andExpect(flash().attribute("error", "shortlist.error.chooseList"));
		mvc.perform(post("/perusahaan/daftar-pendek/simpan").session(staff)
			.with(csrf())
			.param("umkmId", String.valueOf(Long.MAX_VALUE))
			.param("newName", "Tidak ada")).andExpect(status().isNotFound());
	}

	@Test
	void onlyCompanyStaffHaveShortlists() throws Exception {
		MockHttpSession umkmOwner = WebSession.login(mvc, fixtures.accountEmail(Role.UMKM), WebSession.PASSWORD);
		mvc.perform(get("/perusahaan/daftar-pendek").session(umkmOwner)).andExpect(status().isForbidden());
		mvc.perform(get("/perusahaan/daftar-pendek")).andExpect(redirectedUrl("/masuk"));
		MockHttpSession noProfile = WebSession.login(mvc, fixtures.accountEmail(Role.COMPANY), WebSession.PASSWORD);
		mvc.perform(get("/perusahaan/daftar-pendek").session(noProfile)).andExpect(redirectedUrl("/perusahaan/profil"));
	}

	@Test
	void cellsThatExcelWouldRunAsFormulasAreMadeText() {
		assertThat(ShortlistCsv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
		assertThat(ShortlistCsv.cell("+62 812")).isEqualTo("'+62 812");
		assertThat(ShortlistCsv.cell("Kopi @Medan")).isEqualTo("Kopi @Medan");
	}

	private MockHttpSession companyStaff(String companyName) throws Exception {
		MockHttpSession session = WebSession.login(mvc, fixtures.accountEmail(Role.COMPANY), WebSession.PASSWORD);
		Long accountId = ((SimitraUser) ((SecurityContext) session.getAttribute("SPRING_SECURITY_CONTEXT"))
			.getAuthentication()
			.getPrincipal()).accountId();
		companies.saveProfile(accountId, new CompanyProfile(companyName, null, "Pangan", "12.71", null), null);
		return session;
	}

	private Long listId(String name) {
		return jdbc.sql("select id from shortlist where name = :name order by id desc limit 1")
			.param("name", name)
			.query(Long.class)
			.single();
	}

	private long entries(Long listId) {
		return jdbc.sql("select count(*) from shortlist_entry where shortlist_id = :id")
			.param("id", listId)
			.query(Long.class)
			.single();
	}

}
