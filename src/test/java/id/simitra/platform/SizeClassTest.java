package id.simitra.platform;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import id.simitra.reference.SizeClass;

import static org.assertj.core.api.Assertions.assertThat;

class SizeClassTest {

	@ParameterizedTest(name = "capital Rp {0} is {1}")
	@CsvSource({ "0, MIKRO", "1000000000, MIKRO", "1000000001, KECIL", "5000000000, KECIL", "5000000001, MENENGAH",
			"10000000000, MENENGAH", "10000000001, BESAR" })
	void capitalBoundariesFollowPp7Of2021(long capital, SizeClass expected) {
		assertThat(SizeClass.byCapital(capital)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "annual sales Rp {0} is {1}")
	@CsvSource({ "0, MIKRO", "2000000000, MIKRO", "2000000001, KECIL", "15000000000, KECIL", "15000000001, MENENGAH",
			"50000000000, MENENGAH", "50000000001, BESAR" })
	void salesBoundariesFollowPp7Of2021(long sales, SizeClass expected) {
		assertThat(SizeClass.byAnnualSales(sales)).isEqualTo(expected);
	}

}
