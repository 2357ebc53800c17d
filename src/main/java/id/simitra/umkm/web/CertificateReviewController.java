package id.simitra.umkm.web;

import java.time.LocalDate;
import java.util.List;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.simitra.account.OfficerScope;
import id.simitra.account.SimitraUser;
import id.simitra.reference.RegionService;
import id.simitra.umkm.IdentityQuery;
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

	private final OfficerScope officers;

	private final RegionService regions;

	CertificateReviewController(CertificateService certificates, UmkmService umkms, OfficerScope officers,
			RegionService regions) {
		this.certificates = certificates;
		this.umkms = umkms;
		this.officers = officers;
		this.regions = regions;
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

	/**
	 * The identity queue (issue 16 §2), searched by name, regency of the officer's
	 * province and "registered on or before"; a filter that cannot be read is reported
	 * next to its field and left out.
	 */
	@GetMapping("/petugas/umkm")
	String identities(@AuthenticationPrincipal SimitraUser officer,
			@Valid @ModelAttribute("filter") IdentityFilterForm filter, BindingResult errors, @PageIndex int halaman,
			Model model) {
		boolean unverifiedOnly = FormInput.flag(filter.belum());
		String name = errors.hasFieldErrors("q") ? null : filter.q();
		String chosen = filter.kabupaten() == null || filter.kabupaten().isBlank() ? null : filter.kabupaten().strip();
		List<RegionService.Regency> regencies = officers.provinceOf(officer)
			.flatMap(regions::province)
			.map(RegionService.Province::regencies)
			.orElse(List.of());
		String regency = chosen;
		if (chosen != null && regencies.stream().noneMatch(r -> r.code().equals(chosen))) {
			errors.rejectValue("kabupaten", "validation.choice");
			regency = null;
		}
		LocalDate until = filter.sejak() == null || filter.sejak().isBlank() ? null
				: FormInput.date(errors, "sejak", filter.sejak());
		model.addAttribute("unverifiedOnly", unverifiedOnly);
		model.addAttribute("regencies", regencies);
		model.addAttribute("page",
				umkms.listForOfficer(officer, unverifiedOnly, new IdentityQuery(name, regency, until), halaman));
		return "review/umkm-list";
	}

	/**
	 * One UMKM's identity with its evidence (NIB, owner, address, phone, certificates and
	 * their scans), the officers' earlier decisions and the decision form.
	 */
	@GetMapping("/petugas/umkm/{id}")
	String identity(@AuthenticationPrincipal SimitraUser officer, @PathVariable Long id,
			@ModelAttribute("filter") IdentityFilterForm filter, Model model) {
		model.addAttribute("decision",
				new IdentityDecisionForm(null, "", filter.belum(), filter.q(), filter.kabupaten(), filter.sejak()));
		return identityPage(officer, id, model);
	}

	private String identityPage(SimitraUser officer, Long id, Model model) {
		model.addAttribute("identity", umkms.identityCase(officer, id));
		model.addAttribute("certificates", certificates.listOf(id, 0));
		return "review/umkm-identity";
	}

	/**
	 * Verifies the identity, or records what is missing (a note is then required); back
	 * to the queue as it was searched.
	 */
	@PostMapping("/petugas/umkm/{id}/verifikasi")
	String verifyIdentity(@AuthenticationPrincipal SimitraUser officer, @PathVariable Long id,
			@Valid @ModelAttribute("decision") IdentityDecisionForm form, BindingResult errors, @PageIndex int halaman,
			Model model, RedirectAttributes redirect) {
		if (!form.known()) {
			errors.reject("validation.choice");
		}
		else if (!form.verify() && !form.hasNote()) {
			errors.rejectValue("note", "validation.identityNoteRequired");
		}
		if (errors.hasErrors()) {
			model.addAttribute("filter",
					new IdentityFilterForm(form.q(), form.kabupaten(), form.sejak(), form.belum()));
			return identityPage(officer, id, model);
		}
		umkms.decideIdentity(officer, id, form.verify(), form.note());
		redirect.addFlashAttribute("success", form.verify() ? "flash.identityVerified" : "flash.identityNoted");
		redirect.addAttribute("belum", FormInput.flag(form.belum()));
		keep(redirect, "q", form.q());
		keep(redirect, "kabupaten", form.kabupaten());
		keep(redirect, "sejak", form.sejak());
		redirect.addAttribute("halaman", PageNumbers.number(halaman));
		return "redirect:/petugas/umkm";
	}

	private static void keep(RedirectAttributes redirect, String name, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			redirect.addAttribute(name, value.strip());
		}
	}

}
