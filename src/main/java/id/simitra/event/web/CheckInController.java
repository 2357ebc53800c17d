package id.simitra.event.web;

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
import id.simitra.event.internal.checkin.CheckInService;

/**
 * The day of the event: the organisers' check-in list with the tables that run late, and
 * the link printed on each agenda, which checks its participant in when an organiser's
 * phone opens it.
 */
@Controller
class CheckInController {

	private final CheckInService checkIns;

	CheckInController(CheckInService checkIns) {
		this.checkIns = checkIns;
	}

	@GetMapping("/petugas/acara/{id}/hadir")
	String page(@AuthenticationPrincipal SimitraUser user, @PathVariable long id,
			@RequestParam(required = false) @Nullable String q, Model model) {
		model.addAttribute("page", this.checkIns.page(id, user, q));
		return "event/check-in";
	}

	@PostMapping("/petugas/acara/{id}/hadir/{registrationId}")
	String checkIn(@AuthenticationPrincipal SimitraUser user, @PathVariable long id, @PathVariable long registrationId,
			@RequestParam long version, @RequestParam(required = false) @Nullable String q,
			RedirectAttributes redirect) {
		this.checkIns.checkIn(id, registrationId, user, version);
		redirect.addFlashAttribute("success", "checkIn.flash.done");
		return back(id, q, redirect);
	}

	@PostMapping("/petugas/acara/{id}/pertemuan/{meetingId}/tanda")
	String mark(@AuthenticationPrincipal SimitraUser user, @PathVariable long id, @PathVariable long meetingId,
			@RequestParam boolean held, @RequestParam long version, RedirectAttributes redirect) {
		this.checkIns.mark(id, meetingId, user, held, version);
		redirect.addFlashAttribute("success", held ? "checkIn.flash.held" : "checkIn.flash.noShow");
		return back(id, null, redirect);
	}

	/**
	 * The link on the agenda: opened by an organiser (signed in on the phone), it checks
	 * the participant in and says so; a second scan says when it happened. A GET, because
	 * a phone's camera opens links: the token is the agenda's secret, and checking in
	 * twice changes nothing.
	 */
	@GetMapping("/acara/{id}/hadir/{token}")
	String scanned(@AuthenticationPrincipal SimitraUser user, @PathVariable long id, @PathVariable String token,
			Model model) {
		model.addAttribute("checkedIn", this.checkIns.checkInByToken(id, token, user));
		model.addAttribute("eventId", id);
		return "event/checked-in";
	}

	private static String back(long id, @Nullable String q, RedirectAttributes redirect) {
		if (q != null && !q.isBlank()) {
			redirect.addAttribute("q", q);
		}
		return "redirect:/petugas/acara/" + id + "/hadir";
	}

}
