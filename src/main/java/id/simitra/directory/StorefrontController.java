package id.simitra.directory;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import id.simitra.product.ProductService;
import id.simitra.umkm.UmkmService;

/** An UMKM's public storefront: a stable, shareable page with its profile and products. */
@Controller
class StorefrontController {

	private final UmkmService umkms;

	private final ProductService products;

	StorefrontController(UmkmService umkms, ProductService products) {
		this.umkms = umkms;
		this.products = products;
	}

	@GetMapping("/direktori/umkm/{id}")
	String storefront(@PathVariable Long id, @RequestParam(defaultValue = "0") int halaman, Model model) {
		var umkm = umkms.get(id);
		model.addAttribute("umkm", umkm);
		model.addAttribute("page", products.listOf(umkm.id(), halaman));
		return "directory/storefront";
	}

}
