package id.simitra.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public feed: OCDS-shaped, approved partnerships only, organisations only,
 * paginated.
 */
@SimitraTest
@Transactional
class OpenDataFeedTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anonymousVisitorsGetApprovedPartnershipsWithoutPersonalData() throws Exception {
		ReportFixture f = new ReportFixture(jdbc, fixtures);
		f.allowEveryStatus();
		Long company = f.company("PT Sawit Terbuka", "12.71");
		Long umkm = f.umkm("Koperasi Plasma Terbuka", "12.25", "MIKRO", "2025-01-02", null, "01270");
		String umkmNib = ReportFixture.nib();
		jdbc.sql("update umkm set nib = :nib where id = :id").param("nib", umkmNib).param("id", umkm).update();
		Long need = f.need(company, "12.25", "2025-01-05");
		Long approved = f.partnership(company, need, umkm, "INTI_PLASMA", 120_000_000, "2025-03-01", "2026-02-28",
				"ACTIVE", "2025-01-10");
		f.events(approved, "PROPOSED", "2025-01-10", "APPROVED", "2025-01-20T03:00:00Z", "ACTIVE", "2025-03-01");
		Long proposed = f.partnership(company, null, umkm, "SUBKONTRAK", 5_000_000, "2025-03-01", "2025-05-01",
				"PROPOSED", "2025-02-01");
		Long completed = f.partnership(company, null, umkm, "RANTAI_PASOK", 7_000_000, "2024-03-01", "2024-05-01",
				"COMPLETED", "2024-02-01");

		List<String> pages = new ArrayList<>();
		String next = "/data/kemitraan.json";
		while (next != null) {
			String json = mvc.perform(get(next))
				.andExpect(status().isOk())
				.andExpect(header().string("Access-Control-Allow-Origin", "*"))
				.andExpect(header().string("Cache-Control", "max-age=300, public"))
				.andReturn()
				.getResponse()
				.getContentAsString();
			pages.add(json);
			List<String> links = JsonPath.read(json, "$..links.next");
			next = links.isEmpty() ? null : links.get(0).replace("http://portal.simitra.test", "");
		}

		DocumentContext first = JsonPath.parse(pages.get(0));
		assertThat(first.read("$.uri", String.class))
			.isEqualTo("http://portal.simitra.test/data/kemitraan.json?halaman=1");
		assertThat(first.read("$.version", String.class)).isEqualTo("1.1");
		assertThat(first.read("$.publishedDate", String.class))
			.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+07:00");
		assertThat(first.read("$.publisher.name", String.class))
			.isEqualTo("Dinas Koperasi dan UKM Provinsi Sumatera Utara");

		List<Map<String, Object>> releases = new ArrayList<>();
		pages.forEach(page -> releases.addAll(JsonPath.read(page, "$.releases[*]")));
		List<String> ocids = releases.stream().map(r -> (String) r.get("ocid")).toList();
		assertThat(ocids).contains("ocds-simitra-" + approved, "ocds-simitra-" + completed)
			.doesNotContain("ocds-simitra-" + proposed)
			.doesNotHaveDuplicates();

		DocumentContext release = JsonPath.parse(releases.get(ocids.indexOf("ocds-simitra-" + approved)));
		assertThat(release.read("$.id", String.class)).startsWith("ocds-simitra-" + approved + "-");
		assertThat(release.read("$.date", String.class)).endsWith("+07:00");
		assertThat(release.read("$.tag", List.class)).containsExactly("contract", "implementation");
		assertThat(release.read("$.buyer.name", String.class)).isEqualTo("PT Sawit Terbuka");
		assertThat(release.read("$.parties[1].name", String.class)).isEqualTo("Koperasi Plasma Terbuka");
		assertThat(release.read("$.parties[1].roles", List.class)).containsExactly("supplier");
		assertThat(release.read("$.parties[1].identifier", Map.class))
			.isEqualTo(Map.of("scheme", "ID-NIB", "id", umkmNib));
		assertThat(release.read("$.parties[1].address", Map.class))
			.isEqualTo(Map.of("region", "Kabupaten Nias Barat", "regionCode", "12.25"));
		assertThat(release.read("$.parties[1].details.scale", String.class)).isEqualTo("micro");
		assertThat(release.read("$.parties[1]", Map.class)).containsOnlyKeys("id", "name", "identifier", "address",
				"roles", "details");
		assertThat(release.read("$.parties[0].roles", List.class)).containsExactly("buyer");
		assertThat(release.read("$.parties[0].address.regionCode", String.class)).isEqualTo("12.71");
		assertThat(release.read("$.awards[0].date", String.class)).isEqualTo("2025-01-20T10:00:00+07:00");
		assertThat(release.read("$.awards[0].value", Map.class))
			.isEqualTo(Map.of("amount", 120_000_000, "currency", "IDR"));
		assertThat(release.read("$.awards[0].suppliers[0].name", String.class)).isEqualTo("Koperasi Plasma Terbuka");
		assertThat(release.read("$.contracts[0].awardID", String.class)).isEqualTo(approved + "-award");
		assertThat(release.read("$.contracts[0].status", String.class)).isEqualTo("active");
		assertThat(release.read("$.contracts[0].period", Map.class))
			.isEqualTo(Map.of("startDate", "2025-03-01T00:00:00+07:00", "endDate", "2026-02-28T23:59:59+07:00"));
		assertThat(release.read("$.contracts[0].items[0].description", String.class)).isEqualTo("Pasokan inti_plasma");
		assertThat(release.read("$.contracts[0].items[0].classification", Map.class))
			.isEqualTo(Map.of("scheme", "KBLI", "id", "10761", "description", "Industri Pengolahan Kopi"));
		assertThat(release.read("$.contracts[0].partnershipPattern", String.class)).isEqualTo("INTI_PLASMA");
		assertThat(release.read("$.contracts[0].regionCode", String.class)).isEqualTo("12.25");

		DocumentContext finished = JsonPath.parse(releases.get(ocids.indexOf("ocds-simitra-" + completed)));
		assertThat(finished.read("$.contracts[0].status", String.class)).isEqualTo("terminated");
		// Without a need, the item is classified by the UMKM's registered KBLI.
		assertThat(finished.read("$.contracts[0].items[0].classification.id", String.class)).isEqualTo("01270");

		// The fixture UMKM's owner is "Pemilik Koperasi Plasma Terbuka", phone
		// 081260001111, at "Jl. Uji 1";
		// the company's address is "Jl. Rahasia Perusahaan 9". None of it is published.
		for (String page : pages) {
			assertThat(page).doesNotContain("Pemilik", "081260001111", "Jl. ", "@contoh.test", "owner", "phone",
					"email", "streetAddress", "contactPoint");
		}
	}

	@Test
	void pagesStartAtOne() throws Exception {
		mvc.perform(get("/data/kemitraan.json").param("halaman", "0")).andExpect(status().isBadRequest());
		String beyond = mvc.perform(get("/data/kemitraan.json").param("halaman", "100000"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<Object>>read(beyond, "$.releases")).isEmpty();
		assertThat(JsonPath.<String>read(beyond, "$.links.prev")).endsWith("halaman=99999");
	}

}
