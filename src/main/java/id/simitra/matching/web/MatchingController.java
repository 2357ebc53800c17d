package id.simitra.matching.web;

import java.util.List;
import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import id.simitra.account.OfficerScope;
import id.simitra.account.Role;
import id.simitra.account.SimitraUser;
import id.simitra.matching.MatchingService;
import id.simitra.matching.internal.FitNeed;
import id.simitra.matching.internal.ImpressionLog;
import id.simitra.umkm.CurrentUmkm;
import id.simitra.umkm.UmkmService;

@Controller
class MatchingController {

	private final MatchingService matching;

	/** The fairness figure looks back a month, the span the rotation promises. */
	static final int FAIRNESS_DAYS = 30;

	private final UmkmService umkms;

	private final ImpressionLog impressions;

	private final OfficerScope scope;

	MatchingController(MatchingService matching, UmkmService umkms, ImpressionLog impressions, OfficerScope scope) {
		this.matching = matching;
		this.umkms = umkms;
		this.impressions = impressions;
		this.scope = scope;
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

	/**
	 * Officers and administrators can see the weights the ranking uses, and how evenly
	 * the top 10 went round in the last 30 days: an officer among the UMKM of their
	 * province (none without one), an administrator among all.
	 */
	@GetMapping({ "/petugas/pencocokan", "/admin/pencocokan" })
	String weights(@AuthenticationPrincipal SimitraUser user, Model model) {
		model.addAttribute("w", matching.weights());
		Optional<String> regencies = user.is(Role.ADMIN) ? Optional.of("%") : scope.regencyPattern(user);
		model.addAttribute("fairness", regencies.map(p -> impressions.fairness(p, FAIRNESS_DAYS)).orElse(null));
		model.addAttribute("fairnessDays", FAIRNESS_DAYS);
		return "matching/weights";
	}

}
