package id.simitra.umkm.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
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
import id.simitra.platform.FormInput;
import id.simitra.platform.QuotaExceededException;
import id.simitra.umkm.CertificateData;
import id.simitra.umkm.CertificateService;
import id.simitra.umkm.CertificateTypeView;
import id.simitra.umkm.CertificateView;
import id.simitra.umkm.CurrentUmkm;
import id.simitra.umkm.UmkmQuotas;
import id.simitra.umkm.UmkmService;
import id.simitra.platform.PageIndex;

/**
 * The owner's permits and certificates. Adding starts by choosing the kind, so the form
 * can show that kind's number format and prefill its issuer without any JavaScript.
 */
@Controller
@RequestMapping("/umkm/sertifikat")
class CertificateController {

	private final CertificateService certificates;

	private final UmkmService umkms;

	private final UmkmQuotas quotas;

	CertificateController(CertificateService certificates, UmkmService umkms, UmkmQuotas quotas) {
		this.quotas = quotas;
		this.certificates = certificates;
		this.umkms = umkms;
	}

	@GetMapping
	String list(@CurrentUmkm Optional<Long> umkmId, @PageIndex int halaman, Model model, RedirectAttributes redirect) {
		if (umkmId.isEmpty()) {
			return profileFirst(redirect);
		}
		model.addAttribute("page", certificates.listOf(umkmId.get(), halaman));
		return "umkm/certificates";
	}

	@GetMapping("/baru")
	String newForm(@AuthenticationPrincipal SimitraUser user,
			@RequestParam(name = "jenis", required = false) String jenis, Model model, RedirectAttributes redirect) {
		if (umkms.findIdByOwner(user.accountId()).isEmpty()) {
			return profileFirst(redirect);
		}
		Optional<CertificateTypeView> type = certificates.type(jenis).filter(CertificateTypeView::active);
		if (type.isEmpty()) {
			model.addAttribute("types", certificates.activeTypes());
			return "umkm/certificate-types";
		}
		model.addAttribute("form", CertificateForm.empty(type.get()));
		if (quotas.certificatesFull(umkms.findIdByOwner(user.accountId()).orElseThrow())) {
			model.addAttribute("error", "quota.certificates.short");
		}
		return formView(model, null, null);
	}

	@PostMapping("/baru")
	String create(@CurrentUmkm Optional<Long> umkmId, @Valid @ModelAttribute("form") CertificateForm form,
			BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
		if (umkmId.isEmpty()) {
			return profileFirst(redirect);
		}
		CertificateData data = form.toData(errors, allowedType(form, errors, null), certificates.today(), true, locale);
		if (errors.hasErrors() || data == null) {
			return formView(model, null, null);
		}
		try {
			// Here rather than in CertificateService.create: the demo data and tests
			// create certificates directly.
			quotas.certificateSlot(umkmId.get());
			certificates.create(umkmId.get(), data);
		}
		catch (QuotaExceededException ex) {
			errors.reject(ex.messageKey(), new Object[] { ex.limit() }, null);
			return formView(model, null, null);
		}
		redirect.addFlashAttribute("success", "flash.certificateSaved");
		return "redirect:/umkm/sertifikat";
	}

	@GetMapping("/{id}/ubah")
	String editForm(@CurrentUmkm Long umkmId, @PathVariable Long id, Model model) {
		CertificateView certificate = certificates.getOwned(id, umkmId);
		model.addAttribute("form", CertificateForm.of(certificate));
		return formView(model, certificate, certificate.type().code());
	}

	@PostMapping("/{id}/ubah")
	String update(@CurrentUmkm Long umkmId, @PathVariable Long id, @Valid @ModelAttribute("form") CertificateForm form,
			BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
		CertificateView current = certificates.getOwned(id, umkmId);
		CertificateData data = form.toData(errors, allowedType(form, errors, current.type().code()),
				certificates.today(), false, locale);
		if (errors.hasErrors() || data == null) {
			return formView(model, current, current.type().code());
		}
		CertificateView saved;
		try {
			saved = certificates.update(id, umkmId, data, FormInput.version(form.version()));
		}
		catch (QuotaExceededException ex) {
			errors.reject(ex.messageKey(), new Object[] { ex.limit() }, null);
			return formView(model, current, current.type().code());
		}
		redirect.addFlashAttribute("success", current.isVerified() && saved.isSubmitted()
				? "flash.certificateResubmitted" : "flash.certificateSaved");
		return "redirect:/umkm/sertifikat";
	}

	@GetMapping("/{id}/hapus")
	String confirmDelete(@CurrentUmkm Long umkmId, @PathVariable Long id, Model model) {
		model.addAttribute("certificate", certificates.getOwned(id, umkmId));
		return "umkm/certificate-delete";
	}

	@PostMapping("/{id}/hapus")
	String delete(@CurrentUmkm Long umkmId, @PathVariable Long id, RedirectAttributes redirect) {
		certificates.delete(id, umkmId);
		redirect.addFlashAttribute("success", "flash.certificateDeleted");
		return "redirect:/umkm/sertifikat";
	}

	/**
	 * Reads the form. {@code currentType} is the kind of the certificate being edited
	 * (null when adding): it stays acceptable even if it was retired since. A new
	 * certificate needs its document; an edit keeps the current file unless another is
	 * chosen.
	 */

	/**
	 * The kind of file is read from its first bytes: names and browser-sent types can be
	 * anything.
	 */

	private String formView(Model model, @Nullable CertificateView certificate, @Nullable String currentType) {
		List<CertificateTypeView> types = new ArrayList<>(certificates.activeTypes());
		if (currentType != null && types.stream().noneMatch(t -> t.code().equals(currentType))) {
			certificates.type(currentType).ifPresent(t -> types.add(0, t));
		}
		CertificateForm form = (CertificateForm) model.getAttribute("form");
		model.addAttribute("types", types);
		model.addAttribute("selectedType",
				types.stream().filter(t -> form != null && t.code().equals(form.typeCode())).findFirst().orElse(null));
		model.addAttribute("certificate", certificate);
		return "umkm/certificate-form";
	}

	/**
	 * The kind chosen, if it exists and may be chosen: an inactive kind only for a
	 * certificate that already has it.
	 */
	private Optional<CertificateTypeView> allowedType(CertificateForm form, BindingResult errors,
			@Nullable String currentType) {
		return errors.hasFieldErrors("typeCode") ? Optional.empty()
				: certificates.type(form.typeCode()).filter(t -> t.active() || t.code().equals(currentType));
	}

	private static String profileFirst(RedirectAttributes redirect) {
		redirect.addFlashAttribute("error", "flash.profileFirst");
		return "redirect:/umkm/profil";
	}

}
