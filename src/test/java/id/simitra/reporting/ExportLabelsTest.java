package id.simitra.reporting;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.partnership.PartnershipStatus;
import id.simitra.reference.PartnershipPattern;
import id.simitra.reference.SizeClass;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;
import id.simitra.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The officers' exports word every status, pattern and size class exactly as the pages do
 * (issue 16: the CSV said "Diusulkan perusahaan" where the page said "Diusulkan ke
 * UMKM"). The pages show {@code PartnershipStatus.messageKey()},
 * {@code PartnershipPattern.messageKey()} and {@code SizeClass.messageKey()}; one
 * partnership per status (a draft is never exported) goes through the real export in both
 * languages.
 */
@SimitraTest
@Transactional
class ExportLabelsTest {

	/** Kabupaten Nias Utara, 2025: a regency and year no other export test uses. */
	static final String AREA = "kabupaten=12.24&dari=2025-01-01&sampai=2025-12-31";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Test
	void everyExportedStatusPatternAndSizeClassReadsLikeThePage() throws Exception {
		ReportFixture f = new ReportFixture(jdbc, fixtures);
		f.allowEveryStatus();
		Long company = f.company("PT Label Uji", "12.71");
		SizeClass[] sizes = { SizeClass.MIKRO, SizeClass.KECIL, SizeClass.MENENGAH };
		PartnershipPattern[] patterns = PartnershipPattern.values();
		Map<Long, Object[]> expected = new LinkedHashMap<>();
		int i = 0;
		for (PartnershipStatus status : PartnershipStatus.values()) {
			if (status == PartnershipStatus.DRAFT) {
				continue;
			}
			SizeClass size = sizes[i % sizes.length];
			PartnershipPattern pattern = patterns[i % patterns.length];
			Long umkm = f.umkm("Label " + status, "12.24", size.name(), "2025-01-02", null, "10761");
			Long id = f.partnership(company, null, umkm, pattern.name(), 1_000_000, "2025-03-01", "2025-12-31",
					status.name(), "2025-02-01");
			f.events(id, "PROPOSED", "2025-02-01");
			expected.put(id, new Object[] { status, pattern, size });
			i++;
		}
		MockHttpSession officer = WebSession.login(mvc, fixtures.officerEmail("12"), WebSession.PASSWORD);
		for (String language : new String[] { "id", "en" }) {
			Locale locale = Locale.forLanguageTag(language);
			byte[] xlsx = mvc
				.perform(get("/petugas/laporan/ekspor/kemitraan.xlsx?" + AREA).session(officer).param("lang", language))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			Map<Long, Row> rows = new LinkedHashMap<>();
			try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
				Sheet sheet = workbook.getSheetAt(0);
				for (int r = 1; r <= sheet.getLastRowNum(); r++) {
					rows.put((long) sheet.getRow(r).getCell(0).getNumericCellValue(), sheet.getRow(r));
				}
				assertThat(rows.keySet()).containsAll(expected.keySet());
				for (var e : expected.entrySet()) {
					Row row = rows.get(e.getKey());
					PartnershipStatus status = (PartnershipStatus) e.getValue()[0];
					PartnershipPattern pattern = (PartnershipPattern) e.getValue()[1];
					SizeClass size = (SizeClass) e.getValue()[2];
					assertThat(row.getCell(1).getStringCellValue()).as("%s in %s", status, language)
						.isEqualTo(messages.getMessage(status.messageKey(), null, locale));
					assertThat(row.getCell(2).getStringCellValue()).as("%s in %s", pattern, language)
						.isEqualTo(messages.getMessage(pattern.messageKey(), null, locale));
					assertThat(row.getCell(13).getStringCellValue()).as("%s in %s", size, language)
						.isEqualTo(messages.getMessage(size.messageKey(), null, locale));
				}
			}
		}
		// The case issue 16 found, spelt out.
		assertThat(messages.getMessage(PartnershipStatus.PROPOSED.messageKey(), null, Locale.forLanguageTag("id")))
			.isEqualTo("Diusulkan ke UMKM");
	}

}
