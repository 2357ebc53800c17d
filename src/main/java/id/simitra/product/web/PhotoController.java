package id.simitra.product.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.simitra.platform.NotFoundException;
import id.simitra.platform.QuotaExceededException;
import id.simitra.product.ProductService;
import id.simitra.product.internal.PhotoContent;
import id.simitra.product.internal.PhotoRejectedException;
import id.simitra.product.internal.ProductPhotoService;
import id.simitra.umkm.CurrentUmkm;

/**
 * Uploading and deleting a product's photos (owner only), and serving them to everyone.
 */
@Controller
class PhotoController {

	/**
	 * A photo's bytes never change for an id (a new picture gets a new id), so browsers
	 * and proxies may keep it for a year without asking again.
	 */
	static final String CACHE_FOREVER = "public, max-age=31536000, immutable";

	private final ProductPhotoService photos;

	private final ProductService products;

	PhotoController(ProductPhotoService photos, ProductService products) {
		this.photos = photos;
		this.products = products;
	}

	@PostMapping("/umkm/produk/{id}/foto")
	String upload(@CurrentUmkm Long umkmId, @PathVariable Long id,
			@RequestParam(name = "foto", required = false) MultipartFile file, RedirectAttributes redirect) {
		try {
			photos.add(id, umkmId, file == null ? new byte[0] : file.getBytes());
			redirect.addFlashAttribute("success", "flash.photoAdded");
		}
		catch (PhotoRejectedException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
		}
		catch (QuotaExceededException ex) {
			redirect.addFlashAttribute("error", "quota.storage.short");
		}
		catch (IOException ex) {
			redirect.addFlashAttribute("error", "photo.error.unreadable");
		}
		return "redirect:/umkm/produk/" + id + "/ubah";
	}

	@GetMapping("/umkm/produk/{id}/foto/{photoId}/hapus")
	String confirmDelete(@CurrentUmkm Long umkmId, @PathVariable Long id, @PathVariable Long photoId, Model model) {
		model.addAttribute("photo", photos.getOwned(photoId, id, umkmId));
		model.addAttribute("product", products.getOwned(id, umkmId));
		return "product/photo-delete";
	}

	@PostMapping("/umkm/produk/{id}/foto/{photoId}/hapus")
	String delete(@CurrentUmkm Long umkmId, @PathVariable Long id, @PathVariable Long photoId,
			RedirectAttributes redirect) {
		photos.delete(photoId, id, umkmId);
		redirect.addFlashAttribute("success", "flash.photoDeleted");
		return "redirect:/umkm/produk/" + id + "/ubah";
	}

	@GetMapping("/foto/{id}")
	@Nullable ResponseEntity<byte[]> image(@PathVariable Long id, WebRequest request, HttpServletResponse response) {
		return serve(id, "\"foto-" + id + "\"", request, response, false);
	}

	@GetMapping("/foto/{id}/kecil")
	@Nullable ResponseEntity<byte[]> thumbnail(@PathVariable Long id, WebRequest request, HttpServletResponse response) {
		return serve(id, "\"foto-" + id + "-kecil\"", request, response, true);
	}

	private @Nullable ResponseEntity<byte[]> serve(Long id, String etag, WebRequest request,
			HttpServletResponse response, boolean thumbnail) {
		if (!photos.exists(id)) {
			throw new NotFoundException("Photo " + id);
		}
		// Before the 304 check: a 304 without it would get Spring Security's "no-store"
		// and end the caching.
		response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_FOREVER);
		if (request.checkNotModified(etag)) {
			// 304 without loading the bytes.
			return null;
		}
		PhotoContent content = (thumbnail ? photos.thumbnail(id) : photos.image(id))
			.orElseThrow(() -> new NotFoundException("Photo " + id));
		return ResponseEntity.ok()
			.eTag(etag)
			.contentType(MediaType.parseMediaType(content.contentType()))
			.body(content.data());
	}

}
