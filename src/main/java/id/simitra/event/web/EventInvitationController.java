package id.simitra.event.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.simitra.account.SimitraUser;
import id.simitra.event.internal.EventAccess;
import id.simitra.event.internal.setup.EventDetails;
import id.simitra.event.internal.setup.EventSetupService;
import id.simitra.event.internal.setup.InvitationService;
import id.simitra.reference.KbliService;
import id.simitra.reference.RegionService;

/**
 * The officer invites companies (with some of their open needs) and UMKM to a published
 * event: by hand, the best N of each invited need's ranking, or every UMKM of chosen
 * regencies and KBLI sections of the province.
 */
@Controller
class EventInvitationController {

	private final InvitationService invitations;

	private final EventSetupService events;

	private final EventAccess access;

	private final RegionService regions;

	private final KbliService kbli;

	EventInvitationController(InvitationService invitations, EventSetupService events, EventAccess access,
			RegionService regions, KbliService kbli) {
		this.invitations = invitations;
		this.events = events;
		this.access = access;
		this.regions = regions;
		this.kbli = kbli;
	}

	@GetMapping("/petugas/acara/{id}/undangan")
	String page(@AuthenticationPrincipal SimitraUser user, @PathVariable long id,
			@RequestParam(required = false) @Nullable String perusahaan,
			@RequestParam(required = false) @Nullable String umkm, Model model) {
		this.access.organised(id, user);
		EventDetails event = this.events.details(id);
		model.addAttribute("event", event);
		model.addAttribute("inviting", event.invitingOn(this.events.today(event.zone())));
		model.addAttribute("invitations", this.invitations.invitations(id));
		model.addAttribute("companyQuery", perusahaan);
		model.addAttribute("umkmQuery", umkm);
		model.addAttribute("companies",
				perusahaan == null || perusahaan.isBlank() ? List.of() : this.invitations.companies(perusahaan));
		model.addAttribute("umkmFound", umkm == null || umkm.isBlank() ? List.of() : this.invitations.umkm(umkm));
		model.addAttribute("regencies",
				this.regions.province(event.provinceCode()).map(RegionService.Province::regencies).orElse(List.of()));
		model.addAttribute("sections", this.kbli.all().stream().filter(k -> "section".equals(k.level())).toList());
		model.addAttribute("maxBest", InvitationService.MAX_BEST);
		model.addAttribute("maxByArea", InvitationService.MAX_BY_AREA);
		return "event/invitations";
	}

	@PostMapping("/petugas/acara/{id}/undangan/perusahaan")
	String inviteCompany(@AuthenticationPrincipal SimitraUser user, @PathVariable long id,
			@RequestParam(required = false) @Nullable Long companyId,
			@RequestParam(required = false) @Nullable List<Long> needIds, RedirectAttributes redirect) {
		if (refused(user, id, redirect)) {
			return back(id);
		}
		if (companyId == null || needIds == null || needIds.isEmpty()) {
			redirect.addFlashAttribute("error", "event.invite.chooseNeed");
			return back(id);
		}
		redirect.addFlashAttribute("invited", this.invitations.inviteCompany(user, id, companyId, needIds));
		redirect.addFlashAttribute("invitedWhat", "needs");
		return back(id);
	}

	@PostMapping("/petugas/acara/{id}/undangan/umkm")
	String inviteUmkm(@AuthenticationPrincipal SimitraUser user, @PathVariable long id,
			@RequestParam(required = false) @Nullable List<Long> umkmIds, RedirectAttributes redirect) {
		if (refused(user, id, redirect)) {
			return back(id);
		}
		if (umkmIds == null || umkmIds.isEmpty()) {
			redirect.addFlashAttribute("error", "event.invite.chooseUmkm");
			return back(id);
		}
		redirect.addFlashAttribute("invited", this.invitations.inviteUmkm(user, id, umkmIds));
		return back(id);
	}

	@PostMapping("/petugas/acara/{id}/undangan/peringkat")
	String inviteBest(@AuthenticationPrincipal SimitraUser user, @PathVariable long id,
			@RequestParam(required = false) @Nullable String n, RedirectAttributes redirect) {
		if (refused(user, id, redirect)) {
			return back(id);
		}
		int best = n != null && n.strip().matches("[0-9]{1,3}") ? Integer.parseInt(n.strip()) : 0;
		if (best < 1 || best > InvitationService.MAX_BEST) {
			redirect.addFlashAttribute("error", "event.invite.bestRange");
			return back(id);
		}
		redirect.addFlashAttribute("invited", this.invitations.inviteBestRanked(user, id, best));
		return back(id);
	}

	@PostMapping("/petugas/acara/{id}/undangan/wilayah")
	String inviteByArea(@AuthenticationPrincipal SimitraUser user, @PathVariable long id,
			@RequestParam(required = false) @Nullable List<String> regencies,
			@RequestParam(required = false) @Nullable List<String> sections, RedirectAttributes redirect) {
		if (refused(user, id, redirect)) {
			return back(id);
		}
		List<String> r = regencies == null ? List.of() : regencies;
		List<String> s = sections == null ? List.of() : sections;
		if (r.isEmpty() && s.isEmpty()) {
			redirect.addFlashAttribute("error", "event.invite.chooseArea");
			return back(id);
		}
		long found = this.invitations.countByArea(user, id, r, s);
		if (found > InvitationService.MAX_BY_AREA) {
			redirect.addFlashAttribute("tooMany", found);
			return back(id);
		}
		redirect.addFlashAttribute("invited", this.invitations.inviteByArea(user, id, r, s));
		return back(id);
	}

	/**
	 * Invitations only to a published event whose day is ahead: a draft's link would be a
	 * 404, a past event's pointless. (Access first: 404 to anybody else.)
	 */
	private boolean refused(SimitraUser user, long id, RedirectAttributes redirect) {
		this.access.organised(id, user);
		EventDetails event = this.events.details(id);
		if (!event.invitingOn(this.events.today(event.zone()))) {
			redirect.addFlashAttribute("error", "event.invite.notOpen");
			return true;
		}
		return false;
	}

	private static String back(long id) {
		return "redirect:/petugas/acara/" + id + "/undangan";
	}

}
