package id.simitra.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.reporting.internal.Dashboard;
import id.simitra.reporting.internal.ReportFilter;
import id.simitra.reporting.internal.ReportService;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;
import id.simitra.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 16: the officers' report and the open-data feed show how contracts are followed:
 * realised value (deliveries), payments made (OCDS {@code implementation.transactions})
 * and payments late today.
 */
@SimitraTest
@Transactional
class ContractFollowUpReportTest {

	static final String NIAS_BARAT = "12.25";

	static final ReportFilter YEAR_2024 = new ReportFilter("12", NIAS_BARAT, LocalDate.of(2024, 1, 1),
			LocalDate.of(2024, 12, 31), List.of(NIAS_BARAT));

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportService reports;

	@Autowired
	Clock clock;

	ReportFixture f;

	Long company;

	Long umkm;

	Long followed;

	Long paidPayment;

	@BeforeEach
	void fixture() {
		f = new ReportFixture(jdbc, fixtures);
		f.allowEveryStatus();
		company = f.company("PT Realisasi Uji", "12.71");
		umkm = f.umkm("Kopi Realisasi Uji", NIAS_BARAT, "MIKRO", "2023-06-01", null, "10761");
		followed = f.partnership(company, null, umkm, "RANTAI_PASOK", 100_000_000, "2024-03-01", "2025-02-28", "ACTIVE",
				"2024-02-01");
		f.events(followed, "PROPOSED", "2024-02-01", "APPROVED", "2024-02-20", "ACTIVE", "2024-03-01");
		delivery(followed, "2024-04-01", 30_000_000);
		delivery(followed, "2024-12-31", 10_000_000);
		// after the period: realised, but not by the end of 2024
		delivery(followed, "2025-01-15", 5_000_000);
		paidPayment = payment(followed, 20_000_000, LocalDate.parse("2024-05-01"), LocalDate.parse("2024-05-03"));
		payment(followed, 10_000_000, LocalDate.parse("2024-06-01"), null);
		payment(followed, 5_000_000, LocalDate.now(clock).plusDays(30), null);
		// a proposal never approved: its records (if any) count nowhere
		Long proposed = f.partnership(company, null, umkm, "SUBKONTRAK", 9_000_000, "2024-03-01", "2024-09-01",
				"PROPOSED", "2024-02-01");
		payment(proposed, 9_000_000, LocalDate.parse("2024-04-01"), null);
	}

	@Test
	void theReportShowsRealisedValueAndLatePayments() throws Exception {
		Dashboard.FollowUp d = reports.dashboard(YEAR_2024).followUp();
		assertThat(d.realisedValue()).isEqualTo(40_000_000L);
		assertThat(d.paidValue()).isEqualTo(20_000_000L);
		assertThat(d.latePayments()).isEqualTo(1);
		assertThat(d.lateAmount()).isEqualTo(10_000_000L);
		mvc.perform(get("/petugas/laporan?kabupaten=12.25&dari=2024-01-01&sampai=2024-12-31")
			.session(WebSession.login(mvc, fixtures.officerEmail("12"), WebSession.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nilai terealisasi")))
			.andExpect(content().string(containsString("Rp 40.000.000")))
			.andExpect(content().string(containsString("sejumlah Rp 10.000.000")));
	}

	@Test
	void theFeedPublishesPaymentsAsTransactionsAndTheRealisedValue() throws Exception {
		Long without = f.partnership(company, null, umkm, "SUBKONTRAK", 7_000_000, "2024-03-01", "2024-05-01",
				"COMPLETED", "2024-02-01");
		List<Map<String, Object>> releases = new ArrayList<>();
		String next = "/data/kemitraan.json";
		while (next != null) {
			String json = mvc.perform(get(next))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			releases.addAll(JsonPath.read(json, "$.releases[*]"));
			List<String> links = JsonPath.read(json, "$..links.next");
			next = links.isEmpty() ? null : links.get(0).replace("http://portal.simitra.test", "");
		}
		List<String> ocids = releases.stream().map(r -> (String) r.get("ocid")).toList();
		DocumentContext release = JsonPath.parse(releases.get(ocids.indexOf("ocds-simitra-" + followed)));
		assertThat(release.read("$.contracts[0].realisedValue", Map.class))
			.isEqualTo(Map.of("amount", 45_000_000, "currency", "IDR"));
		List<Map<String, Object>> transactions = release.read("$.contracts[0].implementation.transactions");
		assertThat(transactions).hasSize(1);
		DocumentContext t = JsonPath.parse(transactions.get(0));
		assertThat(t.read("$.id", String.class)).isEqualTo(followed + "-payment-" + paidPayment);
		assertThat(t.read("$.date", String.class)).isEqualTo("2024-05-03T00:00:00+07:00");
		assertThat(t.read("$.value", Map.class)).isEqualTo(Map.of("amount", 20_000_000, "currency", "IDR"));
		assertThat(t.read("$.payer.id", String.class)).isEqualTo("company-" + company);
		assertThat(t.read("$.payee.id", String.class)).isEqualTo("umkm-" + umkm);
		DocumentContext none = JsonPath.parse(releases.get(ocids.indexOf("ocds-simitra-" + without)));
		assertThat(none.read("$.contracts[0]", Map.class)).doesNotContainKey("implementation");
		assertThat(none.read("$.contracts[0].realisedValue.amount", Integer.class)).isZero();
	}

	private void delivery(Long partnership, String on, long value) {
		jdbc.sql("""
				insert into partnership_delivery (partnership_id, delivered_on, value, recorded_by, recorded_at)
				values (?, ?, ?, ?, now())
				""").params(partnership, LocalDate.parse(on), value, f.actor).update();
	}

	private Long payment(Long partnership, long amount, LocalDate due, LocalDate paid) {
		return jdbc.sql("""
				insert into partnership_payment (partnership_id, amount, due_date, paid_on, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, now()) returning id
				""").params(partnership, amount, due, paid, f.actor).query(Long.class).single();
	}

}
