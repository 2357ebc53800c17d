package id.simitra.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the one cleaning rule removes and keeps (the routes are covered by
 * ControlCharacterTest).
 */
class ControlCharacterFilterTest {

	@Test
	void removesControlsBidiOverridesAndLineSeparatorsButKeepsTextLayout() {
		assertThat(ControlCharacterFilter.clean("Kopi\u0000 Sidikalang\u007F")).isEqualTo("Kopi Sidikalang");
		// U+202E would show "gnalakidiS ipoK" for a name written backwards: a name passed
		// off as another.
		assertThat(ControlCharacterFilter.clean("Kopi \u202Egnalakidis\u202C")).isEqualTo("Kopi gnalakidis");
		assertThat(ControlCharacterFilter.clean("a\u2066b\u2069c\u2028d\u2029e")).isEqualTo("abcde");
		assertThat(ControlCharacterFilter.clean("baris 1\r\nbaris 2\tkolom")).isEqualTo("baris 1\r\nbaris 2\tkolom");
		assertThat(ControlCharacterFilter.clean("nama \u200F(RTL mark)")).isEqualTo("nama \u200F(RTL mark)");
	}

}
