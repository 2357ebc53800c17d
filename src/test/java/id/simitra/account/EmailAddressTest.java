package id.simitra.account;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import id.simitra.account.internal.EmailAddress;

import static org.assertj.core.api.Assertions.assertThat;

/** The canonical e-mail form (EmailAddress): the special cases the rule decides. */
class EmailAddressTest {

	@Test
	void caseWhiteSpaceAndCompatibilityFormsMeetInOneForm() {
		assertThat(EmailAddress.canonical("  Siti@Contoh.TEST ")).isEqualTo("siti@contoh.test");
		// U+0130 (capital I with dot): "i" as PostgreSQL's lower() read it, not "i" +
		// U+0307 as Java's lower case gives.
		assertThat(EmailAddress.canonical("S\u0130T\u0130@CONTOH.TEST")).isEqualTo("siti@contoh.test");
		assertThat(EmailAddress.canonical("s\u0069\u0307ti@contoh.test")).isEqualTo("siti@contoh.test");
		// Full-width letters and the Kelvin sign (U+212A) are their plain letters.
		assertThat(EmailAddress.canonical("\uFF53\uFF49\uFF54\uFF49\uFF20contoh.test")).isEqualTo("siti@contoh.test");
		assertThat(EmailAddress.canonical("\u212Aopi@contoh.test")).isEqualTo("kopi@contoh.test");
		// Dotless i (U+0131) stays itself: a different letter, not a case form of "i".
		assertThat(EmailAddress.canonical("s\u0131ti@contoh.test")).isNotEqualTo("siti@contoh.test");
		assertThat(EmailAddress.canonical(null)).isNull();
	}

	@Test
	void theServersLocaleDoesNotMatter() {
		Locale before = Locale.getDefault();
		try {
			Locale.setDefault(Locale.forLanguageTag("tr-TR"));
			assertThat(EmailAddress.canonical("SITI@CONTOH.TEST")).isEqualTo("siti@contoh.test");
		}
		finally {
			Locale.setDefault(before);
		}
	}

	@Test
	void theNamePartIsBeforeTheLastAt() {
		assertThat(EmailAddress.localPart("Siti.Nurbaya@Contoh.test")).isEqualTo("siti.nurbaya");
		assertThat(EmailAddress.localPart("tanpa-at")).isEqualTo("tanpa-at");
	}

}
