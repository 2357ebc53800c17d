package id.simitra.umkm.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.simitra.account.SimitraUser;
import id.simitra.platform.FormInput;
import id.simitra.reference.KbliService;
import id.simitra.reference.Nib;
import id.simitra.reference.RegionService;
import id.simitra.umkm.CurrentUmkm;
import id.simitra.umkm.ReadinessService;
import id.simitra.umkm.UmkmProfile;
import id.simitra.umkm.UmkmService;
import id.simitra.umkm.UmkmView;

@Controller
@RequestMapping("/umkm")
class UmkmController {

	private final UmkmService umkms;

	private final RegionService regions;

	private final KbliService kbli;

	private final ReadinessService readiness;

	UmkmController(UmkmService umkms, RegionService regions, KbliService kbli, ReadinessService readiness) {
		this.umkms = umkms;
		this.regions = regions;
		this.kbli = kbli;
		this.readiness = readiness;
	}

	@GetMapping
	String dashboard(@CurrentUmkm Optional<UmkmView> umkm, Model model) {
		if (umkm.isEmpty()) {
			return "redirect:/umkm/profil";
		}
		model.addAttribute("umkm", umkm.get());
		model.addAttribute("readiness", readiness.of(umkm.get().id()));
		return "umkm/dashboard";
	}

	@GetMapping("/profil")
	String profileForm(@AuthenticationPrincipal SimitraUser user, Model model) {
		UmkmProfileForm form = umkms.findByOwner(user.accountId())
			.map(u -> UmkmProfileForm.of(u, kbli::label))
			.orElseGet(UmkmProfileForm::empty);
		model.addAttribute("form", form);
		return formView(model);
	}

	@PostMapping("/profil")
	String saveProfile(@AuthenticationPrincipal SimitraUser user, @Valid @ModelAttribute("form") UmkmProfileForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		List<String> codes = new ArrayList<>(new LinkedHashSet<>(parseKbli(form.kbli(), errors)));
		if (!errors.hasFieldErrors("regencyCode") && !regions.isRegency(form.regencyCode())) {
			errors.rejectValue("regencyCode", "validation.regency");
		}
		Long capital = FormInput.rupiah(errors, "businessCapital", form.businessCapital(), 0,
				UmkmProfileForm.MAX_AMOUNT);
		Long sales = FormInput.rupiah(errors, "annualSales", form.annualSales(), 0, UmkmProfileForm.MAX_AMOUNT);
		String nib = Nib.normalize(form.nib());
		if (!errors.hasFieldErrors("nib") && umkms.nibTakenByOther(nib, user.accountId())) {
			errors.rejectValue("nib", "validation.nibTaken");
		}
		// capital and sales are null only when an error was recorded for them
		if (errors.hasErrors() || capital == null || sales == null) {
			return formView(model);
		}
		umkms.saveProfile(user.accountId(),
				new UmkmProfile(form.businessName().strip(), form.ownerName().strip(), nib, codes, form.regencyCode(),
						form.address().strip(), form.phone().strip(),
						form.description() == null || form.description().isBlank() ? null : form.description().strip(),
						capital, sales),
				FormInput.version(form.version()));
		redirect.addFlashAttribute("success", "flash.profileSaved");
		return "redirect:/umkm";
	}

	private List<String> parseKbli(List<String> inputs, BindingResult errors) {
		List<String> codes = new ArrayList<>();
		boolean invalid = false;
		for (String input : inputs == null ? List.<String>of() : inputs) {
			if (input == null || input.isBlank()) {
				continue;
			}
			Optional<String> code = kbli.parseSubclass(input);
			if (code.isPresent()) {
				codes.add(code.get());
			}
			else {
				invalid = true;
			}
		}
		if (invalid) {
			errors.rejectValue("kbli", "validation.kbli");
		}
		else if (codes.isEmpty()) {
			errors.rejectValue("kbli", "validation.kbliRequired");
		}
		else if (codes.size() > UmkmProfileForm.MAX_KBLI) {
			errors.rejectValue("kbli", "validation.kbliTooMany");
		}
		return codes;
	}

	private String formView(Model model) {
		model.addAttribute("provinces", regions.provinces());
		model.addAttribute("kbliOptions", kbli.subclasses());
		return "umkm/profile-form";
	}

}
