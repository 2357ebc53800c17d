package id.simitra.reference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VenueTimeZoneTest {

	@Test
	void provincesFallInTheirZone() {
		assertThat(VenueTimeZone.of("12")).isEqualTo(VenueTimeZone.WIB); // Sumatera Utara
		assertThat(VenueTimeZone.of("12.71")).isEqualTo(VenueTimeZone.WIB); // Medan
		assertThat(VenueTimeZone.of("61")).isEqualTo(VenueTimeZone.WIB); // Kalimantan
																			// Barat
		assertThat(VenueTimeZone.of("51.71")).isEqualTo(VenueTimeZone.WITA); // Denpasar
		assertThat(VenueTimeZone.of("73")).isEqualTo(VenueTimeZone.WITA); // Sulawesi
																			// Selatan
		assertThat(VenueTimeZone.of("64")).isEqualTo(VenueTimeZone.WITA); // Kalimantan
																			// Timur
		assertThat(VenueTimeZone.of("81")).isEqualTo(VenueTimeZone.WIT); // Maluku
		assertThat(VenueTimeZone.of("94.71")).isEqualTo(VenueTimeZone.WIT); // Jayapura
		assertThat(VenueTimeZone.WITA.zone().getId()).isEqualTo("Asia/Makassar");
	}

	@Test
	void aStoredZoneNamesItsAbbreviation() {
		assertThat(VenueTimeZone.ofZone("Asia/Jayapura")).isEqualTo(VenueTimeZone.WIT);
		assertThatThrownBy(() -> VenueTimeZone.ofZone("Europe/Paris")).isInstanceOf(IllegalArgumentException.class);
	}

}
