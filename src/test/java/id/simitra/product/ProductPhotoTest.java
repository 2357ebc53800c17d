package id.simitra.product;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import id.simitra.account.Role;
import id.simitra.account.SimitraUser;
import id.simitra.reference.Unit;
import id.simitra.support.Fixtures;
import id.simitra.support.SimitraTest;
import id.simitra.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SimitraTest
class ProductPhotoTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void uploadedPngIsResizedGetsASmallThumbnailAndIsServedForAYear() throws Exception {
		Owner owner = owner("Foto A");

		upload(owner, "kopi.png", TestImages.png(2000, 1000))
			.andExpect(flash().attribute("success", "flash.photoAdded"));

		Long photoId = photoIds(owner.productId()).get(0);
		byte[] thumbnail = mvc.perform(get("/foto/{id}/kecil", photoId))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/png"))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "public, max-age=31536000, immutable"))
			.andExpect(header().string(HttpHeaders.ETAG, "\"foto-" + photoId + "-kecil\""))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(Math.max(TestImages.read(thumbnail).getWidth(), TestImages.read(thumbnail).getHeight()))
			.isLessThanOrEqualTo(400);
		byte[] image = mvc.perform(get("/foto/{id}", photoId))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "public, max-age=31536000, immutable"))
			.andExpect(header().doesNotExist("Pragma"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(TestImages.read(image).getWidth()).isEqualTo(1600);
		mvc.perform(get("/foto/{id}", photoId).header(HttpHeaders.IF_NONE_MATCH, "\"foto-" + photoId + "\""))
			.andExpect(status().isNotModified())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "public, max-age=31536000, immutable"))
			.andExpect(header().doesNotExist("Pragma"));

		mvc.perform(get("/umkm/produk/{id}/ubah", owner.productId()).session(owner.session()))
			.andExpect(content().string(containsString("/foto/" + photoId + "/kecil")));
		mvc.perform(get("/umkm/produk").session(owner.session()))
			.andExpect(content().string(containsString("/foto/" + photoId + "/kecil")));
	}

	@Test
	void jpegStaysJpeg() throws Exception {
		Owner owner = owner("Foto B");

		upload(owner, "sambal.jpg", TestImages.jpeg(640, 480))
			.andExpect(flash().attribute("success", "flash.photoAdded"));

		mvc.perform(get("/foto/{id}/kecil", photoIds(owner.productId()).get(0)))
			.andExpect(content().contentType("image/jpeg"));
	}

	@Test
	void textFileNamedLikeAJpegIsRefused() throws Exception {
		Owner owner = owner("Foto C");

		upload(owner, "foto.jpg", "ini bukan foto, cuma teks".getBytes())
			.andExpect(flash().attribute("error", "photo.error.type"));

		assertThat(photoIds(owner.productId())).isEmpty();
	}

	@Test
	void gifIsRefused() throws Exception {
		Owner owner = owner("Foto D");

		upload(owner, "animasi.gif", TestImages.gif(64, 64)).andExpect(flash().attribute("error", "photo.error.type"));

		assertThat(photoIds(owner.productId())).isEmpty();
	}

	@Test
	void refusalIsShownOnTheProductPage() throws Exception {
		Owner owner = owner("Foto E");
		var flashed = upload(owner, "foto.jpg", "teks".getBytes()).andReturn().getFlashMap();

		mvc.perform(get("/umkm/produk/{id}/ubah", owner.productId()).session(owner.session()).flashAttrs(flashed))
			.andExpect(content().string(containsString("bukan foto JPEG atau PNG")));
	}

	@Test
	void sixthPhotoIsRefused() throws Exception {
		Owner owner = owner("Foto F");
		for (int i = 0; i < 5; i++) {
			upload(owner, "foto" + i + ".png", TestImages.png(40 + i, 40))
				.andExpect(flash().attribute("success", "flash.photoAdded"));
		}

		upload(owner, "foto6.png", TestImages.png(50, 50)).andExpect(flash().attribute("error", "photo.error.tooMany"));

		assertThat(photoIds(owner.productId())).hasSize(5);
		mvc.perform(get("/umkm/produk/{id}/ubah", owner.productId()).session(owner.session()))
			.andExpect(content().string(containsString("sudah punya 5 foto")));
	}

	@Test
	void deletingAPhotoAsksFirstAndMovesTheLaterOnesUp() throws Exception {
		Owner owner = owner("Foto G");
		for (int i = 0; i < 3; i++) {
			upload(owner, "foto" + i + ".png", TestImages.png(30, 30 + i));
		}
		List<Long> before = photoIds(owner.productId());

		mvc.perform(
				get("/umkm/produk/{id}/foto/{photo}/hapus", owner.productId(), before.get(0)).session(owner.session()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hapus foto")));
		mvc.perform(
				post("/umkm/produk/{id}/foto/{photo}/hapus", owner.productId(), before.get(0)).session(owner.session())
					.with(csrf()))
			.andExpect(redirectedUrl("/umkm/produk/" + owner.productId() + "/ubah"));

		assertThat(photoIds(owner.productId())).containsExactly(before.get(1), before.get(2));
		assertThat(jdbc.sql("select position from product_photo where product_id = :p order by position")
			.param("p", owner.productId())
			.query(Integer.class)
			.list()).containsExactly(1, 2);
		mvc.perform(get("/foto/{id}", before.get(0))).andExpect(status().isNotFound());
	}

	@Test
	void anotherOwnerCannotUploadToOrDeleteSomeoneElsesPhotos() throws Exception {
		Owner a = owner("Foto H");
		Owner b = owner("Foto I");
		upload(a, "a.png", TestImages.png(20, 20));
		Long photoOfA = photoIds(a.productId()).get(0);

		mvc.perform(multipart("/umkm/produk/{id}/foto", a.productId())
			.file(new MockMultipartFile("foto", "b.png", "image/png", TestImages.png(20, 20)))
			.session(b.session())
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get("/umkm/produk/{id}/foto/{photo}/hapus", a.productId(), photoOfA).session(b.session()))
			.andExpect(status().isForbidden());
		mvc.perform(
				post("/umkm/produk/{id}/foto/{photo}/hapus", a.productId(), photoOfA).session(b.session()).with(csrf()))
			.andExpect(status().isForbidden());
		// Someone else's photo under one's own product is simply not there.
		mvc.perform(
				post("/umkm/produk/{id}/foto/{photo}/hapus", b.productId(), photoOfA).session(b.session()).with(csrf()))
			.andExpect(status().isNotFound());

		assertThat(photoIds(a.productId())).containsExactly(photoOfA);
		assertThat(photoIds(b.productId())).isEmpty();
	}

	@Test
	void missingPhotoIsNotFoundAndPhotosNeedNoLogin() throws Exception {
		mvc.perform(get("/foto/{id}", Long.MAX_VALUE)).andExpect(status().isNotFound());
		mvc.perform(get("/foto/{id}/kecil", Long.MAX_VALUE)).andExpect(status().isNotFound());
		mvc.perform(get("/foto/bukan-angka")).andExpect(status().isBadRequest());
	}

	private ResultActions upload(Owner owner, String fileName, byte[] data) throws Exception {
		// The browser's content type is deliberately always "image/jpeg": the server must
		// not believe it.
		return mvc
			.perform(multipart("/umkm/produk/{id}/foto", owner.productId())
				.file(new MockMultipartFile("foto", fileName, "image/jpeg", data))
				.session(owner.session())
				.with(csrf()))
			.andExpect(redirectedUrl("/umkm/produk/" + owner.productId() + "/ubah"));
	}

	private List<Long> photoIds(Long productId) {
		return jdbc.sql("select id from product_photo where product_id = :p order by position")
			.param("p", productId)
			.query(Long.class)
			.list();
	}

	private Owner owner(String name) throws Exception {
		MockHttpSession session = WebSession.login(mvc, fixtures.accountEmail(Role.UMKM), WebSession.PASSWORD);
		Long accountId = ((SimitraUser) ((SecurityContext) session.getAttribute("SPRING_SECURITY_CONTEXT"))
			.getAuthentication()
			.getPrincipal()).accountId();
		Long umkmId = fixtures.umkmOwnedBy(accountId, name, "12.71", "10761").id();
		return new Owner(session, fixtures.product(umkmId, "Kopi " + name, "10761", Unit.KG, "100"));
	}

	record Owner(MockHttpSession session, Long productId) {
	}

}
