package id.simitra.umkm;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import id.simitra.support.SimitraTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Number formats of the seeded kinds, read from PostgreSQL as the form reads them. */
@SimitraTest
class CertificateNumberTest {

	@Autowired
	CertificateService certificates;

	@ParameterizedTest(name = "{0} accepts \"{1}\"")
	@CsvSource(delimiter = '|', value = { "NIB      | 9120001234567", "NIB      | 9120 0012 34567",
			"NPWP     | 01.234.567.8-123.000", "NPWP     | 012345678123000", "NPWP     | 0123456781230001",
			"NPWP     | 3201 0112 3456 0001", "PIRT     | 206127101002024", "PIRT     | 2061271010020240029",
			"BPOM     | MD 224512001234", "BPOM     | ml224512001234", "HALAL    | ID12110000123450823",
			"HALAL    | id 1211 0000 1234 5082 3", "PIRT     | P-IRT No. 206127101002024-29",
			"PIRT     | P-IRT 206127101002024", "PIRT     | 2063271010123-24", "BPOM     | BPOM RI MD 224512001234",
			"BPOM     | MD. 2245-1200-1234", "HALAL    | ID-12110000123450823", "HALAL    | No. ID 0021 0012345 670824",
			"SNI      | SPPT-SNI 1234/2024", "ISO9001  | QMS-123", "ISO22000 | FSMS 0042", "HACCP    | abc" })
	void goodNumbersAreAccepted(String type, String number) {
		CertificateTypeView kind = certificates.type(type).orElseThrow();
		assertThat(kind.accepts(kind.normalize(number))).isTrue();
	}

	/**
	 * Issue 15: the printed forms, as people copy them from the paper, are stored as the
	 * bare number.
	 */
	@ParameterizedTest(name = "{0} stores \"{1}\" as {2}")
	@CsvSource(delimiter = '|',
			value = { "PIRT  | P-IRT No. 206127101002024-29 | 20612710100202429",
					"PIRT  | p-irt 206127101002024-29      | 20612710100202429",
					"PIRT  | 206127101002024               | 206127101002024",
					"BPOM  | BPOM RI MD 224512001234       | MD224512001234",
					"BPOM  | md 2245-1200-1234             | MD224512001234",
					"HALAL | ID00210012345670824           | ID00210012345670824",
					"HALAL | No. ID 0021 0012345 670824    | ID00210012345670824",
					"HALAL | id-0021-0012345-670824        | ID00210012345670824",
					"NPWP  | 01.234.567.8-123.000          | 01.234.567.8-123.000" })
	void printedFormsAreStoredNormalised(String type, String typed, String stored) {
		assertThat(certificates.type(type).orElseThrow().normalize(typed)).isEqualTo(stored);
	}

	@ParameterizedTest(name = "{0} refuses \"{1}\"")
	@CsvSource(delimiter = '|',
			value = { "NIB      | 912000123456", "NIB      | 91200012345678", "NIB      | 912000123456A",
					"NPWP     | 01.234.567.8-123", "NPWP     | 01234567812300", "NPWP     | 01234567812300012",
					"NPWP     | 01.234.567.8.123.000", "PIRT     | 20612710100202", "PIRT     | 2061271010020-2024",
					"PIRT     | 20612-7101002024", "PIRT     | P-IRT No. 206127101002024-2", "BPOM     | BPOM MD",
					"BPOM     | MD 22451200123", "BPOM     | MD 2245120012345", "BPOM     | SP 224512001234",
					"HALAL    | 12110000123450823", "HALAL    | ID12", "HALAL    | IR-12110000123450823",
					"SNI      | ab", "HACCP    | 1234567890123456789012345678901234567890123456789012345678901" })
	void badNumbersAreRefused(String type, String number) {
		CertificateTypeView kind = certificates.type(type).orElseThrow();
		assertThat(kind.accepts(kind.normalize(number))).isFalse();
	}

}
