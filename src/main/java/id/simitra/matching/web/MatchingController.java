package id.simitra.matching.web;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import id.simitra.matching.MatchingService;
import id.simitra.matching.internal.FitNeed;
import id.simitra.umkm.CurrentUmkm;
import id.simitra.umkm.UmkmService;
import id.simitra.umkm.UmkmView;

@Controller
class MatchingController {

	private final MatchingService matching;

	private final UmkmService umkms;

	MatchingController(MatchingService matching, UmkmService umkms) {
		this.matching = matching;
		this.umkms = umkms;
	}

	/**
	 * The open needs that fit the UMKM, ranked as companies see it, with what would make
	 * it fit more.
	 */
	@GetMapping("/umkm/kebutuhan")
	String needsForUmkm(@CurrentUmkm Optional<UmkmView> umkm, Model model) {
		if (umkm.isEmpty()) {
			return "redirect:/umkm/profil";
		}
		List<FitNeed> needs = matching.needsFor(umkm.get().id(), 20);
		model.addAttribute("needs", needs);
		model.addAttribute("improvements", matching.improvements(needs, umkms.isVerified(umkm.get().id())));
		return "matching/umkm-needs";
	}

	/** Officers and administrators can see the weights the ranking uses. */
	@GetMapping({ "/petugas/pencocokan", "/admin/pencocokan" })
	String weights(Model model) {
		model.addAttribute("w", matching.weights());
		return "matching/weights";
	}

}
