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
import id.simitra.event.internal.setup.MeetingRequestService;

/**
 * Meeting requests before the day: one page per participant (a company's members, an
 * UMKM's owner) with what it may ask for, ranked by matching, and the requests of both
 * directions, the incoming ones to accept or decline.
 */
@Controller
class MeetingRequestController {

	private final MeetingRequestService requests;

	MeetingRequestController(MeetingRequestService requests) {
		this.requests = requests;
	}

	@GetMapping("/acara/{id}/pertemuan")
	String page(@AuthenticationPrincipal SimitraUser user, @PathVariable long id, Model model) {
		model.addAttribute("page", this.requests.page(id, user));
		return "event/requests";
	}

	@PostMapping("/acara/{id}/pertemuan/minta")
	String request(@AuthenticationPrincipal SimitraUser user, @PathVariable long id, @RequestParam long needId,
			@RequestParam long umkmId, RedirectAttributes redirect) {
		if (this.requests.cancelled(id, user)) {
			return refusedAsCancelled(id, redirect);
		}
		if (this.requests.request(id, user, needId, umkmId)) {
			redirect.addFlashAttribute("success", "event.requests.flash.sent");
		}
		else {
			redirect.addFlashAttribute("requestError", "event.requests.duplicate");
		}
		return "redirect:/acara/" + id + "/pertemuan";
	}

	@PostMapping("/acara/{id}/pertemuan/putusan")
	String decide(@AuthenticationPrincipal SimitraUser user, @PathVariable long id, @RequestParam long requestId,
			@RequestParam boolean accept, @RequestParam long version, RedirectAttributes redirect) {
		if (this.requests.cancelled(id, user)) {
			return refusedAsCancelled(id, redirect);
		}
		this.requests.decide(id, user, requestId, accept, version);
		redirect.addFlashAttribute("success",
				accept ? "event.requests.flash.accepted" : "event.requests.flash.declined");
		return "redirect:/acara/" + id + "/pertemuan";
	}

	/**
	 * The asking side takes back a waiting request; the box "Ya, tarik" must be ticked
	 * (the browser asks for it; without it nothing changes and the page says so).
	 */
	@PostMapping("/acara/{id}/pertemuan/tarik")
	String withdraw(@AuthenticationPrincipal SimitraUser user, @PathVariable long id, @RequestParam long requestId,
			@RequestParam long version, @RequestParam(required = false) @Nullable String confirmed,
			RedirectAttributes redirect) {
		if (this.requests.cancelled(id, user)) {
			return refusedAsCancelled(id, redirect);
		}
		if (!"true".equals(confirmed)) {
			redirect.addFlashAttribute("requestError", "event.requests.withdrawUnconfirmed");
		}
		else {
			this.requests.withdraw(id, user, requestId, version);
			redirect.addFlashAttribute("success", "event.requests.flash.withdrawn");
		}
		return "redirect:/acara/" + id + "/pertemuan";
	}

	/**
	 * The event was cancelled: the page says so (with the reason on the event's page).
	 */
	private static String refusedAsCancelled(long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("requestError", "event.cancel.noRequests");
		return "redirect:/acara/" + id + "/pertemuan";
	}

}
