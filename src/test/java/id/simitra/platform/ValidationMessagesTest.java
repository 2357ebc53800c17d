package id.simitra.platform;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import id.simitra.account.Role;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;
import id.simitra.support.WebSession;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SimitraTest
class ValidationMessagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void registrationErrorsAreInIndonesianByDefault() throws Exception {
		mvc.perform(post("/daftar").with(csrf())
			.param("displayName", "")
			.param("email", "bukan-email")
			.param("password", "pendek")
			.param("passwordConfirm", "lain")
			.param("role", "UMKM"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Alamat e-mail tidak valid.")))
			.andExpect(content().string(containsString("Wajib diisi.")))
			.andExpect(content().string(containsString("Kata sandi minimal 8 karakter")))
			.andExpect(content().string(containsString("Kedua kata sandi tidak sama.")))
			// what the person typed is kept
			.andExpect(content().string(containsString("value=\"bukan-email\"")));
	}

	@Test
	void registrationErrorsAreInEnglishWhenChosen() throws Exception {
		mvc.perform(post("/daftar").with(csrf())
			.cookie(new Cookie("simitra-lang", "en"))
			.param("displayName", "")
			.param("email", "not-an-email")
			.param("password", "Rahasia123")
			.param("passwordConfirm", "Rahasia123")
			.param("role", "UMKM"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Not a valid e-mail address.")))
			.andExpect(content().string(containsString("Required.")))
			.andExpect(content().string(not(containsString("Wajib diisi."))));
	}

	@Test
	void selfRegistrationCannotCreateAnOfficer() throws Exception {
		mvc.perform(post("/daftar").with(csrf())
			.param("displayName", "Penyusup")
			.param("email", WebSession.uniqueEmail("penyusup"))
			.param("password", "Rahasia123")
			.param("passwordConfirm", "Rahasia123")
			.param("role", "OFFICER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Pilih peran yang tersedia.")));
	}

	@Test
	void badProfileInputIsExplainedAndNeverAServerError() throws Exception {
		MockHttpSession umkm = WebSession.login(mvc, fixtures.accountEmail(Role.UMKM), WebSession.PASSWORD);
		mvc.perform(post("/umkm/profil").session(umkm)
			.with(csrf())
			.param("businessName", "Usaha Uji")
			.param("ownerName", "Pemilik")
			.param("nib", "123456789012")
			.param("kbli", "kopi enak")
			.param("regencyCode", "99.99")
			.param("address", "Jl. Uji")
			.param("phone", "telepon")
			.param("businessCapital", "banyak")
			.param("annualSales", "-5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("NIB harus tepat 13 angka.")))
			.andExpect(content().string(containsString("Pilih KBLI dari daftar")))
			.andExpect(content().string(containsString("Pilih kabupaten/kota dari daftar.")))
			.andExpect(content().string(containsString("Nomor telepon tidak valid")))
			.andExpect(content().string(containsString("Harus berupa angka bulat")))
			.andExpect(content().string(containsString("Tidak boleh negatif.")))
			.andExpect(content().string(containsString("value=\"kopi enak\"")));
	}

}
