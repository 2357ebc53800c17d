package id.simitra.matching.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.simitra.company.CurrentCompany;
import id.simitra.matching.Candidate;
import id.simitra.matching.MatchingService;
import id.simitra.matching.RecommendedCandidates;
import id.simitra.matching.internal.ImpressionLog;
import id.simitra.need.NeedService;
import id.simitra.need.NeedView;
import id.simitra.umkm.UmkmService;

/**
 * The company's page of one need with its ranked candidates, and the "why not" look-up.
 * It lives here, not in the need module, because it combines the need with the ranking
 * (the highest module a page needs serves it).
 */
@Controller
@RequestMapping("/perusahaan/kebutuhan/{id}")
class NeedRankingController {

	private final NeedService needs;

	private final MatchingService matching;

	private final RecommendedCandidates recommendations;

	private final UmkmService umkms;

	private final ImpressionLog impressions;

	NeedRankingController(NeedService needs, MatchingService matching, RecommendedCandidates recommendations,
			UmkmService umkms, ImpressionLog impressions) {
		this.needs = needs;
		this.matching = matching;
		this.recommendations = recommendations;
		this.umkms = umkms;
		this.impressions = impressions;
	}

	/**
	 * One read-only transaction for the need, its ranking and the recommendations: each
	 * service's own would cost a BEGIN and a connection check-out apiece (issue 12: at
	 * most 15 statements a page).
	 */
	@GetMapping
	@Transactional(readOnly = true)
	String show(@CurrentCompany Long companyId, @PathVariable Long id, Model model) {
		NeedView need = needs.getOwned(id, companyId);
		model.addAttribute("need", need);
		List<Candidate> candidates = matching.rank(need);
		impressions.shown(need.id(), candidates);
		model.addAttribute("candidates", candidates);
		model.addAttribute("recommended", recommendations.recommendedUmkmIds(need.id()));
		model.addAttribute("weights", matching.weights());
		return "matching/need-ranking";
	}

	/**
	 * "Why not": company staff look up any UMKM by name and see how it stands for this
	 * need.
	 */
	@GetMapping("/kenapa")
	String whyNot(@CurrentCompany Long companyId, @PathVariable Long id, @RequestParam(required = false) String q,
			@RequestParam(required = false) Long umkm, Model model) {
		NeedView need = needs.getOwned(id, companyId);
		model.addAttribute("need", need);
		String query = q == null ? "" : q.strip();
		model.addAttribute("q", query);
		model.addAttribute("matches", query.length() >= 2 ? umkms.findByName(query, 10) : List.of());
		if (umkm != null) {
			model.addAttribute("why", matching.explain(id, umkm));
		}
		return "matching/why-not";
	}

}
