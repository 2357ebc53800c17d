package id.simitra.offer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import id.simitra.account.Role;
import id.simitra.company.CompanyService;
import id.simitra.need.NeedService;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;
import id.simitra.support.WebSession;

import static id.simitra.offer.OfferWorld.offerForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Conversations: who reads and writes, when contact details appear, and invitations that
 * open them.
 */
@SimitraTest
class ConversationTest {

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

	private OfferWorld world;

	private OfferWorld.Company company;

	private Long needId;

	private OfferWorld.Umkm umkm;

	@BeforeEach
	void aCompanyWithAnOpenNeedAndAnUmkm() throws Exception {
		world = new OfferWorld(mvc, fixtures, companies, needs, jdbc);
		company = world.company("PT Gula Manis", "Kawasan Industri Medan Blok C-7");
		needId = world.need(company, "Gula aren cetak");
		umkm = world.umkm("Gula Aren Sibolangit");
	}

	@Test
	void onlyTheTwoPartiesReadAndWriteAndOfficersOnlyRead() throws Exception {
		mvc.perform(offerForm("/umkm/kebutuhan/{id}/penawaran", needId).session(umkm.session()));
		Long threadId = world.threadId(needId, umkm.id());

		mvc.perform(get("/percakapan/{id}", threadId).session(umkm.session())).andExpect(status().isOk());
		mvc.perform(get("/percakapan/{id}", threadId).session(company.session())).andExpect(status().isOk());
		mvc.perform(get("/percakapan").session(company.session()))
			.andExpect(content().string(allOf(containsString("Gula aren cetak"), containsString(umkm.name()))));

		OfferWorld.Umkm otherUmkm = world.umkm("Usaha Penasaran");
		OfferWorld.Company otherCompany = world.company("PT Penasaran", null);
		// To outsiders (officers of another province or of none included) the
		// conversation does not exist.
		for (MockHttpSession outsider : new MockHttpSession[] { otherUmkm.session(), otherCompany.session(),
				world.login(Role.ADMIN), WebSession.login(mvc, fixtures.officerEmail("63"), WebSession.PASSWORD),
				WebSession.login(mvc, fixtures.officerEmail(null), WebSession.PASSWORD) }) {
			mvc.perform(get("/percakapan/{id}", threadId).session(outsider)).andExpect(status().isNotFound());
			mvc.perform(post("/percakapan/{id}", threadId).with(csrf()).param("body", "Halo").session(outsider))
				.andExpect(status().isNotFound());
			mvc.perform(post("/percakapan/{id}/kontak", threadId).with(csrf()).session(outsider))
				.andExpect(status().isNotFound());
		}
		mvc.perform(get("/percakapan/{id}", threadId)).andExpect(redirectedUrl("/masuk"));

		MockHttpSession officer = world.login(Role.OFFICER);
		mvc.perform(get("/percakapan/{id}", threadId).session(officer))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("sebagai petugas"), not(containsString("name=\"body\"")))));
		mvc.perform(post("/percakapan/{id}", threadId).with(csrf()).param("body", "Halo").session(officer))
			.andExpect(status().isForbidden());
		mvc.perform(post("/percakapan/{id}/kontak", threadId).with(csrf()).session(officer))
			.andExpect(status().isForbidden());
		mvc.perform(get("/percakapan/{id}", Long.MAX_VALUE).session(umkm.session())).andExpect(status().isNotFound());
		assertThat(jdbc.sql("select count(*) from conversation_message where conversation_id = :id")
			.param("id", threadId)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void contactDetailsStayHiddenUntilBothSidesAgreed() throws Exception {
		mvc.perform(offerForm("/umkm/kebutuhan/{id}/penawaran", needId).session(umkm.session()));
		Long threadId = world.threadId(needId, umkm.id());
		// Fixtures give every UMKM the phone 081260001111 and the address "Jl. Uji 1".
		mvc.perform(get("/percakapan/{id}", threadId).session(company.session()))
			.andExpect(content().string(allOf(not(containsString("081260001111")), not(containsString("Jl. Uji 1")),
					containsString("Setuju berbagi kontak"))));

		mvc.perform(post("/percakapan/{id}/kontak", threadId).with(csrf()).session(umkm.session()))
			.andExpect(flash().attribute("success", "flash.contactsAgreed"));
		mvc.perform(get("/percakapan/{id}", threadId).session(company.session()))
			.andExpect(
					content().string(allOf(not(containsString("081260001111")), containsString("UMKM sudah setuju"))));
		mvc.perform(get("/percakapan/{id}", threadId).session(umkm.session()))
			.andExpect(content().string(allOf(not(containsString("Kawasan Industri Medan Blok C-7")),
					not(containsString("action=\"/percakapan/" + threadId + "/kontak\"")))));

		mvc.perform(post("/percakapan/{id}/kontak", threadId).with(csrf()).session(company.session()));
		mvc.perform(get("/percakapan/{id}", threadId).session(company.session()))
			.andExpect(content().string(allOf(containsString("081260001111"), containsString("Jl. Uji 1"))));
		mvc.perform(get("/percakapan/{id}", threadId).session(umkm.session()))
			.andExpect(content().string(containsString("Kawasan Industri Medan Blok C-7")));
	}

	@Test
	void messagesArePlainTextNewestLastAndPaged() throws Exception {
		mvc.perform(offerForm("/umkm/kebutuhan/{id}/penawaran", needId).session(umkm.session()));
		Long threadId = world.threadId(needId, umkm.id());

		mvc.perform(post("/percakapan/{id}", threadId).with(csrf())
			.param("body", "<script>alert(1)</script> Pesan nomor 0")
			.session(company.session())).andExpect(redirectedUrl("/percakapan/" + threadId + "#terbaru"));
		for (int i = 1; i <= 21; i++) {
			mvc.perform(post("/percakapan/{id}", threadId).with(csrf())
				.param("body", "Pesan nomor " + i + ".")
				.session(i % 2 == 0 ? company.session() : umkm.session()));
		}
		mvc.perform(get("/percakapan/{id}", threadId).session(umkm.session()))
			.andExpect(content().string(allOf(containsString("Pesan nomor 21."), not(containsString("Pesan nomor 0")),
					containsString("Halaman 2 dari 2"))));
		String first = mvc.perform(get("/percakapan/{id}", threadId).param("halaman", "1").session(umkm.session()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(first).contains("&lt;script&gt;alert(1)&lt;/script&gt; Pesan nomor 0")
			.doesNotContain("<script>alert(1)");
		assertThat(first.indexOf("Pesan nomor 0")).isLessThan(first.indexOf("Pesan nomor 1."));

		mvc.perform(post("/percakapan/{id}", threadId).with(csrf()).param("body", "   ").session(umkm.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Wajib diisi.")));
		mvc.perform(
				post("/percakapan/{id}", threadId).with(csrf()).param("body", "x".repeat(2001)).session(umkm.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Terlalu panjang (paling banyak 2000 karakter).")));
		assertThat(jdbc.sql("select count(*) from conversation_message where conversation_id = :id")
			.param("id", threadId)
			.query(Long.class)
			.single()).isEqualTo(22);
	}

	@Test
	void invitingTwiceMakesOneInvitationTheUmkmSees() throws Exception {
		mvc.perform(
				post("/perusahaan/kebutuhan/{n}/undang/{u}", needId, umkm.id()).with(csrf()).session(company.session()))
			.andExpect(redirectedUrl("/perusahaan/kebutuhan/" + needId + "/penawaran"))
			.andExpect(flash().attribute("success", "flash.umkmInvited"));
		mvc.perform(post("/perusahaan/kebutuhan/{n}/undang/{u}", needId, umkm.id()).with(csrf())
			.param("kembali", "peringkat")
			.session(company.session()))
			.andExpect(redirectedUrl("/perusahaan/kebutuhan/" + needId))
			.andExpect(flash().attribute("success", "flash.umkmAlreadyInvited"));
		assertThat(jdbc.sql("select count(*) from need_invitation where need_id = :n and umkm_id = :u")
			.param("n", needId)
			.param("u", umkm.id())
			.query(Long.class)
			.single()).isEqualTo(1);
		Long threadId = world.threadId(needId, umkm.id());

		mvc.perform(get("/umkm/penawaran").session(umkm.session()))
			.andExpect(content().string(allOf(containsString("Anda diundang oleh PT Gula Manis"),
					containsString("Belum menawar"), containsString("/umkm/kebutuhan/" + needId))));
		mvc.perform(get("/umkm/kebutuhan/{id}", needId).session(umkm.session()))
			.andExpect(content().string(allOf(containsString("Anda diundang oleh PT Gula Manis"),
					containsString("/percakapan/" + threadId))));
		// An offer later uses the same conversation.
		mvc.perform(offerForm("/umkm/kebutuhan/{id}/penawaran", needId).session(umkm.session()));
		assertThat(world.threadId(needId, umkm.id())).isEqualTo(threadId);
		mvc.perform(post("/perusahaan/kebutuhan/{n}/undang/{u}", needId, Long.MAX_VALUE).with(csrf())
			.session(company.session())).andExpect(status().isNotFound());
	}

}
