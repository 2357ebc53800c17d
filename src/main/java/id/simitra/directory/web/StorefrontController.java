package id.simitra.directory.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import id.simitra.account.Role;
import id.simitra.account.SimitraUser;
import id.simitra.company.CompanyService;
import id.simitra.directory.internal.StorefrontService;
import id.simitra.platform.PortalAddress;
import id.simitra.product.ProductService;
import id.simitra.product.ProductView;
import id.simitra.shortlist.ShortlistService;
import id.simitra.umkm.UmkmService;
import id.simitra.platform.PageIndex;

/**
 * An UMKM's public storefront: a stable, shareable page with its profile, what the Dinas
 * verified, and its products with photos. Never contact details: those reach a company
 * through a partnership.
 */
@Controller
class StorefrontController {

	private final UmkmService umkms;

	private final ProductService products;

	private final StorefrontService storefront;

	private final CompanyService companies;

	private final ShortlistService shortlists;

	private final MessageSource messages;

	private final PortalAddress portal;

	StorefrontController(UmkmService umkms, ProductService products, StorefrontService storefront,
			CompanyService companies, ShortlistService shortlists, MessageSource messages, PortalAddress portal) {
		this.messages = messages;
		this.portal = portal;
		this.umkms = umkms;
		this.products = products;
		this.storefront = storefront;
		this.companies = companies;
		this.shortlists = shortlists;
	}

	@GetMapping("/direktori/umkm/{id}")
	String storefront(@PathVariable Long id, @PageIndex int halaman, @AuthenticationPrincipal SimitraUser user,
			Locale locale, Model model) {
		var umkm = umkms.get(id);
		var page = products.listOf(umkm.id(), halaman);
		Map<Long, List<Long>> photos = storefront.photoIds(page.items().stream().map(ProductView::id).toList());
		model.addAttribute("umkm", umkm);
		model.addAttribute("page", page);
		model.addAttribute("photos", photos);
		model.addAttribute("verifications", storefront.verificationsOf(umkm.id()));
		model.addAttribute("reviews", storefront.reviewsOf(umkm.id()));
		// Absolute addresses for link previews (WhatsApp, Facebook...): crawlers do not
		// resolve relative ones. From
		// the configured address, never the request's Host (shared/PortalAddress).
		String base = portal.base();
		model.addAttribute("canonicalUrl", base + "/direktori/umkm/" + umkm.id());
		// The layout's <meta name="description"> takes this instead of the portal's
		// general one (one per document).
		model.addAttribute("pageDescription",
				umkm.description() != null && !umkm.description().isBlank() ? abbreviate(umkm.description(), 200)
						: messages.getMessage("storefront.summary",
								new Object[] { messages.getMessage(umkm.sizeClass().messageKey(), null, locale),
										umkm.regencyName(), umkm.provinceName() },
								locale));
		page.items()
			.stream()
			.map(p -> photos.get(p.id()))
			.filter(Objects::nonNull)
			.findFirst()
			.ifPresent(ids -> model.addAttribute("previewImageUrl", base + "/foto/" + ids.get(0)));
		if (user != null && user.is(Role.COMPANY)) {
			companies.findByMember(user.accountId()).ifPresent(company -> {
				model.addAttribute("shortlists", shortlists.listOf(company.id()));
				model.addAttribute("inShortlists", shortlists.namesContaining(company.id(), umkm.id()));
			});
		}
		return "directory/storefront";
	}

	private static String abbreviate(String text, int max) {
		String plain = text.strip();
		return plain.length() <= max ? plain : plain.substring(0, max - 3) + "...";
	}

}
