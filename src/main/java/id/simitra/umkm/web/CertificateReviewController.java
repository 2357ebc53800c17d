package id.simitra.umkm.web;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.simitra.account.SimitraUser;
import id.simitra.platform.FormInput;
import id.simitra.umkm.CertificateService;
import id.simitra.umkm.UmkmService;
import id.simitra.platform.PageIndex;
import id.simitra.platform.PageNumbers;

/** Officers verify certificates and UMKM identities. */
@Controller
class CertificateReviewController {

	private final CertificateService certificates;

	private final UmkmService umkms;

	CertificateReviewController(CertificateService certificates, UmkmService umkms) {
		this.certificates = certificates;
		this.umkms = umkms;
	}

	@GetMapping("/petugas/sertifikat")
	String queue(@AuthenticationPrincipal SimitraUser officer, @PageIndex int halaman, Model model) {
		model.addAttribute("page", certificates.reviewQueue(officer, halaman));
		return "review/certificates";
	}

	@GetMapping("/petugas/sertifikat/{id}")
	String show(@AuthenticationPrincipal SimitraUser officer, @PathVariable Long id, Model model) {
		model.addAttribute("c", certificates.getForOfficer(officer, id));
		model.addAttribute("decision", new CertificateDecisionForm(null, "", null));
		return "review/certificate";
	}

	@PostMapping("/petugas/sertifikat/{id}/keputusan")
	String decide(@AuthenticationPrincipal SimitraUser officer, @PathVariable Long id,
			@Valid @ModelAttribute("decision") CertificateDecisionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!form.approved() && !form.hasReason()) {
			errors.rejectValue("reason", "validation.reasonRequired");
		}
		if (errors.hasErrors()) {
			model.addAttribute("c", certificates.getForOfficer(officer, id));
			return "review/certificate";
		}
		certificates.decide(officer, id, form.approved(), form.reason(), FormInput.version(form.version()));
		redirect.addFlashAttribute("success",
				form.approved() ? "flash.certificateVerified" : "flash.certificateRejected");
		return "redirect:/petugas/sertifikat";
	}

	@GetMapping("/petugas/umkm")
	String identities(@AuthenticationPrincipal SimitraUser officer, @RequestParam(defaultValue = "false") String belum,
			@PageIndex int halaman, Model model) {
		boolean unverifiedOnly = FormInput.flag(belum);
		model.addAttribute("unverifiedOnly", unverifiedOnly);
		model.addAttribute("page", umkms.listForOfficer(officer, unverifiedOnly, halaman));
		return "review/umkm-list";
	}

	@PostMapping("/petugas/umkm/{id}/verifikasi")
	String verifyIdentity(@AuthenticationPrincipal SimitraUser officer, @PathVariable Long id,
			@RequestParam(defaultValue = "false") String belum, @PageIndex int halaman, RedirectAttributes redirect) {
		umkms.verifyIdentity(officer, id);
		redirect.addFlashAttribute("success", "flash.identityVerified");
		redirect.addAttribute("belum", FormInput.flag(belum));
		redirect.addAttribute("halaman", PageNumbers.number(halaman));
		return "redirect:/petugas/umkm";
	}

}
