package id.simitra.product.web;

import org.jspecify.annotations.Nullable;

import id.simitra.product.ProductData;
import id.simitra.product.ProductService;
import id.simitra.product.ProductView;
import id.simitra.product.internal.ProductPhotoService;
import java.math.BigDecimal;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

import id.simitra.account.SimitraUser;
import id.simitra.reference.KbliService;
import id.simitra.platform.FormInput;
import id.simitra.platform.QuotaExceededException;
import id.simitra.reference.Unit;
import id.simitra.umkm.UmkmQuotas;
import id.simitra.umkm.UmkmService;
import id.simitra.umkm.UmkmView;

@Controller
@RequestMapping("/umkm/produk")
class ProductController {

	private final ProductService products;

	private final UmkmService umkms;

	private final KbliService kbli;

	private final ProductPhotoService photos;

	private final UmkmQuotas quotas;

	ProductController(ProductService products, UmkmService umkms, KbliService kbli, ProductPhotoService photos,
			UmkmQuotas quotas) {
		this.quotas = quotas;
		this.products = products;
		this.umkms = umkms;
		this.kbli = kbli;
		this.photos = photos;
	}

	@GetMapping
	String list(@AuthenticationPrincipal SimitraUser user, @RequestParam(defaultValue = "0") int halaman, Model model,
			RedirectAttributes redirect) {
		Optional<UmkmView> umkm = umkms.findByOwner(user.accountId());
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
	String newForm(@AuthenticationPrincipal SimitraUser user, Model model, RedirectAttributes redirect) {
		Optional<UmkmView> umkm = umkms.findByOwner(user.accountId());
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
	String create(@AuthenticationPrincipal SimitraUser user, @Valid @ModelAttribute("form") ProductForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Optional<Long> umkmId = umkms.findIdByOwner(user.accountId());
		if (umkmId.isEmpty()) {
			return profileFirst(redirect);
		}
		ProductData data = validate(form, errors);
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
	String editForm(@AuthenticationPrincipal SimitraUser user, @PathVariable Long id, Model model) {
		ProductView product = products.getOwned(id, ownUmkmId(user));
		model.addAttribute("form", ProductForm.of(product));
		return formView(model, id);
	}

	@PostMapping("/{id}/ubah")
	String update(@AuthenticationPrincipal SimitraUser user, @PathVariable Long id,
			@Valid @ModelAttribute("form") ProductForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Long umkmId = ownUmkmId(user);
		products.getOwned(id, umkmId);
		ProductData data = validate(form, errors);
		if (errors.hasErrors() || data == null) {
			return formView(model, id);
		}
		products.update(id, umkmId, data, FormInput.version(form.version()));
		redirect.addFlashAttribute("success", "flash.productSaved");
		return "redirect:/umkm/produk";
	}

	@GetMapping("/{id}/hapus")
	String confirmDelete(@AuthenticationPrincipal SimitraUser user, @PathVariable Long id, Model model) {
		model.addAttribute("product", products.getOwned(id, ownUmkmId(user)));
		return "product/delete";
	}

	@PostMapping("/{id}/hapus")
	String delete(@AuthenticationPrincipal SimitraUser user, @PathVariable Long id, RedirectAttributes redirect) {
		products.delete(id, ownUmkmId(user));
		redirect.addFlashAttribute("success", "flash.productDeleted");
		return "redirect:/umkm/produk";
	}

	private Long ownUmkmId(SimitraUser user) {
		// No profile yet means no products either: anything asked for is someone else's.
		return umkms.findIdByOwner(user.accountId())
			.orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("No UMKM profile"));
	}

	private @Nullable ProductData validate(ProductForm form, BindingResult errors) {
		Optional<String> code = kbli.parseSubclass(form.kbli());
		if (!errors.hasFieldErrors("kbli") && code.isEmpty()) {
			errors.rejectValue("kbli", "validation.kbli");
		}
		Unit unit = FormInput.choice(errors, "unit", form.unit(), Unit.class);
		BigDecimal capacity = FormInput.quantity(errors, "monthlyCapacity", form.monthlyCapacity(), false);
		BigDecimal minimumOrder = FormInput.quantity(errors, "minimumOrder", form.minimumOrder(), true);
		Long priceMin = FormInput.rupiah(errors, "priceMin", form.priceMin(), 0, ProductForm.MAX_PRICE);
		Long priceMax = FormInput.rupiah(errors, "priceMax", form.priceMax(), 0, ProductForm.MAX_PRICE);
		if (priceMin != null && priceMax != null && priceMax < priceMin) {
			errors.rejectValue("priceMax", "validation.priceRange");
		}
		// Each of these is null only when an error was recorded for its field.
		if (errors.hasErrors() || unit == null || capacity == null || minimumOrder == null || priceMin == null
				|| priceMax == null) {
			return null;
		}
		return new ProductData(form.name().strip(),
				form.description() == null || form.description().isBlank() ? null : form.description().strip(),
				code.get(), unit, capacity, minimumOrder, priceMin, priceMax);
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
