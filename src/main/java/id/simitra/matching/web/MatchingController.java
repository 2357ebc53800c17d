package id.simitra.matching.web;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import id.simitra.matching.MatchingService;
import id.simitra.matching.internal.FitNeed;
import id.simitra.umkm.CurrentUmkm;
import id.simitra.umkm.UmkmService;

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
	 * it fit more. One read-only transaction for both services (a BEGIN and a connection
	 * check-out less; issue 12: at most 15 statements a page).
	 */
	@GetMapping("/umkm/kebutuhan")
	@Transactional(readOnly = true)
	String needsForUmkm(@CurrentUmkm Optional<Long> umkm, Model model) {
		if (umkm.isEmpty()) {
			return "redirect:/umkm/profil";
		}
		List<FitNeed> needs = matching.needsFor(umkm.get(), 20);
		model.addAttribute("needs", needs);
		model.addAttribute("improvements", matching.improvements(needs, umkms.isVerified(umkm.get())));
		return "matching/umkm-needs";
	}

	/** Officers and administrators can see the weights the ranking uses. */
	@GetMapping({ "/petugas/pencocokan", "/admin/pencocokan" })
	String weights(Model model) {
		model.addAttribute("w", matching.weights());
		return "matching/weights";
	}

}
