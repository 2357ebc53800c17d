package id.simitra.product.web;

import java.math.BigDecimal;
import java.util.Optional;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.simitra.platform.FormInput;
import id.simitra.platform.QuotaExceededException;
import id.simitra.product.ProductData;
import id.simitra.product.ProductService;
import id.simitra.product.ProductView;
import id.simitra.product.internal.ProductPhotoService;
import id.simitra.reference.KbliService;
import id.simitra.reference.Unit;
import id.simitra.umkm.CurrentUmkm;
import id.simitra.umkm.UmkmQuotas;
import id.simitra.umkm.UmkmView;
import id.simitra.platform.PageIndex;

@Controller
@RequestMapping("/umkm/produk")
class ProductController {

	private final ProductService products;

	private final KbliService kbli;

	private final ProductPhotoService photos;

	private final UmkmQuotas quotas;

	ProductController(ProductService products, KbliService kbli, ProductPhotoService photos, UmkmQuotas quotas) {
		this.quotas = quotas;
		this.products = products;
		this.kbli = kbli;
		this.photos = photos;
	}

	@GetMapping
	String list(@CurrentUmkm Optional<UmkmView> umkm, @PageIndex int halaman, Model model,
			RedirectAttributes redirect) {
		if (umkm.isEmpty()) {
			return profileFirst(redirect);
		}
		model.addAttribute("umkm", umkm.get());
		var page = products.listOf(umkm.get().id(), halaman);
		model.addAttribute("page", page);
		model.addAttribute("covers", photos.coverIds(page.items().stream().map(ProductView::id).toList()));
		return "product/list";
	}

	@GetMapping("/baru")
	String newForm(@CurrentUmkm Optional<UmkmView> umkm, Model model, RedirectAttributes redirect) {
		if (umkm.isEmpty()) {
			return profileFirst(redirect);
		}
		String first = umkm.get().kbli().isEmpty() ? "" : umkm.get().kbli().get(0).label();
		model.addAttribute("form", ProductForm.empty(first));
		if (quotas.productsFull(umkm.get().id())) {
			model.addAttribute("error", "quota.products.short");
		}
		return formView(model, null);
	}

	@PostMapping("/baru")
	String create(@CurrentUmkm Optional<Long> umkmId, @Valid @ModelAttribute("form") ProductForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (umkmId.isEmpty()) {
			return profileFirst(redirect);
		}
		ProductData data = form.toData(errors, kbli.parseSubclass(form.kbli()));
		if (errors.hasErrors() || data == null) {
			return formView(model, null);
		}
		try {
			products.create(umkmId.get(), data);
		}
		catch (QuotaExceededException ex) {
			errors.reject(ex.messageKey(), new Object[] { ex.limit() }, null);
			return formView(model, null);
		}
		redirect.addFlashAttribute("success", "flash.productSaved");
		return "redirect:/umkm/produk";
	}

	@GetMapping("/{id}/ubah")
	String editForm(@CurrentUmkm Long umkmId, @PathVariable Long id, Model model) {
		ProductView product = products.getOwned(id, umkmId);
		model.addAttribute("form", ProductForm.of(product));
		return formView(model, id);
	}

	@PostMapping("/{id}/ubah")
	String update(@CurrentUmkm Long umkmId, @PathVariable Long id, @Valid @ModelAttribute("form") ProductForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		products.getOwned(id, umkmId);
		ProductData data = form.toData(errors, kbli.parseSubclass(form.kbli()));
		if (errors.hasErrors() || data == null) {
			return formView(model, id);
		}
		products.update(id, umkmId, data, FormInput.version(form.version()));
		redirect.addFlashAttribute("success", "flash.productSaved");
		return "redirect:/umkm/produk";
	}

	@GetMapping("/{id}/hapus")
	String confirmDelete(@CurrentUmkm Long umkmId, @PathVariable Long id, Model model) {
		model.addAttribute("product", products.getOwned(id, umkmId));
		return "product/delete";
	}

	@PostMapping("/{id}/hapus")
	String delete(@CurrentUmkm Long umkmId, @PathVariable Long id, RedirectAttributes redirect) {
		products.delete(id, umkmId);
		redirect.addFlashAttribute("success", "flash.productDeleted");
		return "redirect:/umkm/produk";
	}

	private String formView(Model model, @Nullable Long productId) {
		model.addAttribute("productId", productId);
		if (productId != null) {
			model.addAttribute("photos", photos.photosOf(productId));
			model.addAttribute("maxPhotos", ProductPhotoService.MAX_PHOTOS);
		}
		model.addAttribute("units", Unit.values());
		model.addAttribute("kbliOptions", kbli.subclasses());
		return "product/form";
	}

	private String profileFirst(RedirectAttributes redirect) {
		redirect.addFlashAttribute("error", "flash.profileFirst");
		return "redirect:/umkm/profil";
	}

}
