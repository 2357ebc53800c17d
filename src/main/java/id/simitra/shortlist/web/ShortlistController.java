package id.simitra.shortlist.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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
import id.simitra.company.CompanyService;
import id.simitra.company.CompanyView;
import id.simitra.company.CurrentCompany;
import id.simitra.platform.PortalAddress;
import id.simitra.reference.KbliService;
import id.simitra.shortlist.ShortlistService;
import id.simitra.shortlist.internal.ShortlistCsv;
import id.simitra.shortlist.internal.ShortlistNameTakenException;
import id.simitra.shortlist.internal.ShortlistView;
import id.simitra.shortlist.internal.TooManyShortlistsException;
import id.simitra.platform.PageIndex;

/**
 * Company staff's shortlists of UMKM: create, rename, delete, remove an UMKM, export as
 * CSV.
 */
@Controller
@RequestMapping("/perusahaan/daftar-pendek")
class ShortlistController {

	private static final String LIST_ID = "[0-9]+";

	private final ShortlistService shortlists;

	private final CompanyService companies;

	private final MessageSource messages;

	private final KbliService kbli;

	private final PortalAddress portal;

	ShortlistController(ShortlistService shortlists, CompanyService companies, MessageSource messages, KbliService kbli,
			PortalAddress portal) {
		this.portal = portal;
		this.shortlists = shortlists;
		this.companies = companies;
		this.messages = messages;
		this.kbli = kbli;
	}

	@GetMapping
	String lists(@AuthenticationPrincipal SimitraUser user, Model model, RedirectAttributes redirect) {
		Optional<Long> companyId = companyId(user);
		if (companyId.isEmpty()) {
			return companyFirst(redirect);
		}
		model.addAttribute("form", ShortlistForm.empty());
		return listsView(companyId.get(), model);
	}

	@PostMapping
	String create(@AuthenticationPrincipal SimitraUser user, @Valid @ModelAttribute("form") ShortlistForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Optional<Long> companyId = companyId(user);
		if (companyId.isEmpty()) {
			return companyFirst(redirect);
		}
		if (!errors.hasErrors()) {
			try {
				ShortlistView created = shortlists.create(companyId.get(), form.name());
				redirect.addFlashAttribute("success", "flash.shortlistCreated");
				return "redirect:/perusahaan/daftar-pendek/" + created.id();
			}
			catch (ShortlistNameTakenException ex) {
				errors.rejectValue("name", "validation.shortlistNameTaken");
			}
			catch (TooManyShortlistsException ex) {
				errors.reject("validation.tooManyShortlists", new Object[] { ShortlistService.MAX_LISTS }, null);
			}
		}
		return listsView(companyId.get(), model);
	}

	@GetMapping("/{id:" + LIST_ID + "}")
	String show(@CurrentCompany Long companyId, @PathVariable Long id, @PageIndex int halaman, Model model) {
		ShortlistView list = shortlists.getOwned(id, companyId);
		model.addAttribute("form", new ShortlistForm(list.name()));
		return showView(list, halaman, model);
	}

	@PostMapping("/{id:" + LIST_ID + "}/ubah")
	String rename(@CurrentCompany Long companyId, @PathVariable Long id,
			@Valid @ModelAttribute("form") ShortlistForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		ShortlistView list = shortlists.getOwned(id, companyId);
		if (!errors.hasErrors()) {
			try {
				shortlists.rename(id, companyId, form.name());
				redirect.addFlashAttribute("success", "flash.shortlistRenamed");
				return "redirect:/perusahaan/daftar-pendek/" + id;
			}
			catch (ShortlistNameTakenException ex) {
				errors.rejectValue("name", "validation.shortlistNameTaken");
			}
		}
		return showView(list, 0, model);
	}

	@GetMapping("/{id:" + LIST_ID + "}/hapus")
	String confirmDelete(@CurrentCompany Long companyId, @PathVariable Long id, Model model) {
		model.addAttribute("shortlist", shortlists.getOwned(id, companyId));
		return "shortlist/delete";
	}

	@PostMapping("/{id:" + LIST_ID + "}/hapus")
	String delete(@CurrentCompany Long companyId, @PathVariable Long id, RedirectAttributes redirect) {
		shortlists.delete(id, companyId);
		redirect.addFlashAttribute("success", "flash.shortlistDeleted");
		return "redirect:/perusahaan/daftar-pendek";
	}

	@GetMapping("/{id:" + LIST_ID + "}/umkm/{umkmId}/hapus")
	String confirmRemove(@CurrentCompany Long companyId, @PathVariable Long id, @PathVariable Long umkmId,
			Model model) {
		model.addAttribute("shortlist", shortlists.getOwned(id, companyId));
		model.addAttribute("entry", shortlists.entry(id, companyId, umkmId));
		return "shortlist/remove";
	}

	@PostMapping("/{id:" + LIST_ID + "}/umkm/{umkmId}/hapus")
	String remove(@CurrentCompany Long companyId, @PathVariable Long id, @PathVariable Long umkmId,
			RedirectAttributes redirect) {
		shortlists.remove(id, companyId, umkmId);
		redirect.addFlashAttribute("success", "flash.shortlistEntryRemoved");
		return "redirect:/perusahaan/daftar-pendek/" + id;
	}

	@GetMapping("/{id:" + LIST_ID + "}.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal SimitraUser user, @PathVariable Long id, Locale locale) {
		Long companyId = ownCompanyId(user);
		ShortlistView list = shortlists.getOwned(id, companyId);
		// The file is kept and shared: its links come from the configured address, never
		// the request's Host.
		byte[] body = ShortlistCsv.write(shortlists.allEntries(id, companyId), messages, locale, kbli::label,
				umkmId -> portal.of("/direktori/umkm/" + umkmId));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName(list), StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

	/**
	 * "Simpan ke daftar pendek" on a storefront: into a chosen list, or into a new one
	 * when a name is typed (a name the company already uses means that list). Back to the
	 * storefront either way.
	 */
	@PostMapping("/simpan")
	String saveFromStorefront(@AuthenticationPrincipal SimitraUser user, @RequestParam Long umkmId,
			@RequestParam(required = false) String shortlistId, @RequestParam(required = false) String newName,
			RedirectAttributes redirect) {
		Optional<Long> companyId = companyId(user);
		if (companyId.isEmpty()) {
			return companyFirst(redirect);
		}
		String back = "redirect:/direktori/umkm/" + umkmId;
		try {
			if (newName != null && !newName.isBlank()) {
				if (newName.strip().length() > ShortlistService.MAX_NAME_LENGTH) {
					redirect.addFlashAttribute("error", "shortlist.error.nameTooLong");
					return back;
				}
				shortlists.addToNamed(companyId.get(), newName, umkmId);
			}
			else if (shortlistId != null && shortlistId.strip().matches("[0-9]{1,18}")) {
				shortlists.add(Long.valueOf(shortlistId.strip()), companyId.get(), umkmId);
			}
			else {
				redirect.addFlashAttribute("error", "shortlist.error.chooseList");
				return back;
			}
		}
		catch (TooManyShortlistsException ex) {
			redirect.addFlashAttribute("error", "shortlist.error.tooMany");
			return back;
		}
		catch (ShortlistNameTakenException ex) {
			// Only when another tab created the same name in the same instant; trying
			// again will find it.
			redirect.addFlashAttribute("error", "validation.shortlistNameTaken");
			return back;
		}
		redirect.addFlashAttribute("success", "flash.shortlistAdded");
		return back;
	}

	private String listsView(Long companyId, Model model) {
		model.addAttribute("shortlists", shortlists.listOf(companyId));
		model.addAttribute("maxLists", ShortlistService.MAX_LISTS);
		return "shortlist/list";
	}

	private String showView(ShortlistView list, int page, Model model) {
		model.addAttribute("shortlist", list);
		model.addAttribute("page", shortlists.entries(list.id(), list.companyId(), page));
		return "shortlist/show";
	}

	private Optional<Long> companyId(SimitraUser user) {
		return companies.findByMember(user.accountId()).map(CompanyView::id);
	}

	private Long ownCompanyId(SimitraUser user) {
		// No company profile yet means no lists either: anything asked for is another
		// company's.
		return companyId(user).orElseThrow(() -> new AccessDeniedException("No company profile"));
	}

	private String companyFirst(RedirectAttributes redirect) {
		redirect.addFlashAttribute("error", "flash.companyFirst");
		return "redirect:/perusahaan/profil";
	}

	/**
	 * The list's name made safe for a file name on any system, e.g. "Pemasok kopi 2026" →
	 * daftar-pendek-Pemasok-kopi-2026.csv.
	 */
	static String fileName(ShortlistView list) {
		String slug = list.name().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
		return "daftar-pendek-" + (slug.isEmpty() ? list.id().toString() : slug) + ".csv";
	}

}
