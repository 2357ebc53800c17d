package id.simitra.partnership;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import id.simitra.account.AccountService;
import id.simitra.company.CompanyService;
import id.simitra.need.NeedService;
import id.simitra.platform.ConflictException;
import id.simitra.platform.NotFoundException;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;
import id.simitra.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The contract is followed (issue 16): after approval the two parties record deliveries
 * (or service periods) and payments with their terms; the page shows realised value
 * against the contract and late payments; officers of the province read, nobody else
 * writes.
 */
@SimitraTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContractFollowUpTest {

	@Autowired
	AccountService accounts;

	@Autowired
	CompanyService companies;

	@Autowired
	NeedService needs;

	@Autowired
	PartnershipService partnerships;

	@Autowired
	ContractService contracts;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	LifecycleWorld world;

	@BeforeAll
	void world() {
		world = new LifecycleWorld(accounts, companies, needs, partnerships, fixtures);
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	MockHttpSession login(String username) throws Exception {
		return WebSession.login(mvc, username, WebSession.PASSWORD);
	}

	@Test
	void deliveriesMakeTheRealisedValueWithAnOptionalDocumentForWhoeverSeesThePartnership() throws Exception {
		Long id = world.in(PartnershipStatus.APPROVED);
		MockHttpSession company = login(world.company.getUsername());
		mvc.perform(multipart("/kemitraan/{id}/pengiriman", id).session(company)
			.with(csrf())
			.param("deliveredOn", today().toString())
			.param("quantity", "50")
			.param("value", "2.500.000")
			.param("note", "Kiriman pertama")).andExpect(status().is3xxRedirection());
		MockHttpSession umkm = login(world.umkm.getUsername());
		mvc.perform(multipart("/kemitraan/{id}/pengiriman", id)
			.file(new MockMultipartFile("document", "surat-jalan.pdf", "application/pdf", LifecycleWorld.PDF))
			.session(umkm)
			.with(csrf())
			.param("deliveredOn", today().minusDays(3).toString())
			.param("periodEnd", today().minusDays(1).toString())
			.param("value", "1.000.000")).andExpect(status().is3xxRedirection());
		MockHttpSession officer = login(world.officer.getUsername());
		mvc.perform(get("/kemitraan/{id}", id).session(officer))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("Terealisasi Rp 3.500.000 dari nilai kontrak Rp 10.000.000 (35%)")))
			.andExpect(content().string(containsString("Kiriman pertama")))
			// officers read; the forms are for the parties
			.andExpect(content().string(not(containsString("/pengiriman\""))));
		mvc.perform(get("/kemitraan/{id}", id).session(company).cookie(new Cookie("simitra-lang", "en")))
			.andExpect(
					content().string(containsString("Realised Rp 3,500,000 of the contract value Rp 10,000,000 (35%)")))
			.andExpect(content().string(containsString("/pengiriman\"")));
		Long document = jdbc
			.sql("select document_id from partnership_delivery where partnership_id = ? and document_id is not null")
			.param(id)
			.query(Long.class)
			.single();
		mvc.perform(get("/dokumen/{d}", document).session(officer)).andExpect(status().isOk());
		mvc.perform(get("/dokumen/{d}", document).session(company)).andExpect(status().isOk());
		mvc.perform(get("/dokumen/{d}", document).session(login(world.otherUmkm.getUsername())))
			.andExpect(status().isNotFound());
		// in the audit trail, with who recorded it
		assertThat(partnerships.getFor(world.company, id).history())
			.anySatisfy(e -> assertThat(e.changes()).anySatisfy(c -> assertThat(c.field()).isEqualTo("delivery")));
	}

	@Test
	void badDeliveriesAreRefusedWithMessagesInBothLanguagesAndNothingIsStored() throws Exception {
		Long id = world.in(PartnershipStatus.ACTIVE);
		MockHttpSession company = login(world.company.getUsername());
		mvc.perform(multipart("/kemitraan/{id}/pengiriman", id).session(company)
			.with(csrf())
			.param("deliveredOn", today().plusDays(1).toString())
			.param("value", "")
			.param("note", "Tetap ada setelah ditolak"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tanggal tidak boleh setelah hari ini: catat setelah terjadi.")))
			.andExpect(content().string(containsString("Wajib diisi.")))
			.andExpect(content().string(containsString("Tetap ada setelah ditolak")));
		mvc.perform(multipart("/kemitraan/{id}/pengiriman", id).session(company)
			.with(csrf())
			.cookie(new Cookie("simitra-lang", "en"))
			.param("deliveredOn", today().toString())
			.param("periodEnd", today().minusDays(2).toString())
			.param("value", "-5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The period cannot end before it starts.")));
		mvc.perform(multipart("/kemitraan/{id}/pengiriman", id)
			.file(new MockMultipartFile("document", "bukan.pdf", "application/pdf", "teks biasa".getBytes()))
			.session(company)
			.with(csrf())
			.param("deliveredOn", today().toString())
			.param("value", "1000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Berkas ini bukan PDF, JPEG atau PNG.")));
		assertThat(jdbc.sql("select count(*) from partnership_delivery where partnership_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void paymentsAreLateWhenUnpaidPastTheirDueDate() throws Exception {
		Long id = world.in(PartnershipStatus.ACTIVE);
		MockHttpSession umkm = login(world.umkm.getUsername());
		mvc.perform(post("/kemitraan/{id}/pembayaran", id).session(umkm)
			.with(csrf())
			.param("amount", "Rp 4.000.000")
			.param("dueDate", today().minusDays(5).toString())).andExpect(status().is3xxRedirection());
		mvc.perform(post("/kemitraan/{id}/pembayaran", id).session(umkm)
			.with(csrf())
			.param("amount", "1.000.000")
			.param("dueDate", today().plusDays(30).toString())).andExpect(status().is3xxRedirection());
		MockHttpSession officer = login(world.officer.getUsername());
		mvc.perform(get("/kemitraan/{id}", id).session(officer))
			.andExpect(content().string(containsString("1 pembayaran terlambat")))
			.andExpect(content().string(containsString("Belum jatuh tempo")));
		var view = contracts.view(world.company, id);
		assertThat(view.lateCount()).isEqualTo(1);
		assertThat(view.paidValue()).isZero();
		var late = view.payments().get(0);
		MockHttpSession company = login(world.company.getUsername());
		// not in the future
		mvc.perform(post("/kemitraan/{id}/pembayaran/lunas", id).session(company)
			.with(csrf())
			.param("paymentId", late.id().toString())
			.param("paidOn", today().plusDays(1).toString())
			.param("version", String.valueOf(late.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tanggal tidak boleh setelah hari ini")));
		mvc.perform(post("/kemitraan/{id}/pembayaran/lunas", id).session(company)
			.with(csrf())
			.param("paymentId", late.id().toString())
			.param("paidOn", today().toString())
			.param("version", String.valueOf(late.version()))).andExpect(status().is3xxRedirection());
		view = contracts.view(world.company, id);
		assertThat(view.lateCount()).isZero();
		assertThat(view.paidValue()).isEqualTo(4_000_000L);
		assertThat(view.payments().get(0).paidLate()).isTrue();
		mvc.perform(get("/kemitraan/{id}", id).session(company))
			.andExpect(content().string(not(containsString("id=\"late-payments\""))))
			.andExpect(content().string(containsString("setelah jatuh tempo")));
		// twice: the page it was shown on is out of date
		mvc.perform(post("/kemitraan/{id}/pembayaran/lunas", id).session(umkm)
			.with(csrf())
			.param("paymentId", late.id().toString())
			.param("paidOn", today().toString())
			.param("version", String.valueOf(late.version()))).andExpect(status().isConflict());
		// a payment of another partnership is not found here
		Long other = world.in(PartnershipStatus.ACTIVE);
		Long foreign = contracts.recordPayment(world.company, other,
				new PaymentData(1_000L, today().plusDays(3), null, null));
		assertThatThrownBy(() -> contracts.markPaid(world.company, id, foreign, today(), null))
			.isInstanceOf(NotFoundException.class);
		// the rule itself, by the one clock's day
		assertThat(ContractService.isLate(today().minusDays(1), null, today())).isTrue();
		assertThat(ContractService.isLate(today(), null, today())).isFalse();
		assertThat(ContractService.isLate(today().minusDays(1), today(), today())).isFalse();
	}

	@Test
	void onlyThePartiesWriteAndOnlyAfterApproval() throws Exception {
		Long id = world.in(PartnershipStatus.APPROVED);
		DeliveryData delivery = new DeliveryData(today(), null, null, 1_000L, null);
		assertThatThrownBy(() -> contracts.recordDelivery(world.officer, id, delivery, null))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> contracts.recordDelivery(world.admin, id, delivery, null))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> contracts.recordDelivery(world.otherCompany, id, delivery, null))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(
				() -> contracts.recordPayment(world.otherUmkm, id, new PaymentData(1_000L, today(), null, null)))
			.isInstanceOf(NotFoundException.class);
		mvc.perform(post("/kemitraan/{id}/pembayaran", id).session(login(world.officer.getUsername()))
			.with(csrf())
			.param("amount", "1000")
			.param("dueDate", today().toString())).andExpect(status().isForbidden());
		// before approval: nothing to follow yet
		Long submitted = world.in(PartnershipStatus.SUBMITTED);
		assertThatThrownBy(() -> contracts.recordDelivery(world.company, submitted, delivery, null))
			.isInstanceOf(ConflictException.class);
		mvc.perform(multipart("/kemitraan/{id}/pengiriman", submitted).session(login(world.company.getUsername()))
			.with(csrf())
			.param("deliveredOn", today().toString())
			.param("value", "1000")).andExpect(status().isConflict());
		// after completion: payments still, deliveries no more
		Long completed = world.in(PartnershipStatus.COMPLETED);
		assertThatThrownBy(() -> contracts.recordDelivery(world.umkm, completed, delivery, null))
			.isInstanceOf(ConflictException.class);
		assertThat(contracts.recordPayment(world.umkm, completed, new PaymentData(5_000L, today(), today(), null)))
			.isNotNull();
		// the service refuses a future date even without the form
		assertThatThrownBy(() -> contracts.recordDelivery(world.company, id,
				new DeliveryData(today().plusDays(1), null, null, 1_000L, null), null))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
