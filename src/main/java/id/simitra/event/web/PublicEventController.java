package id.simitra.event.web;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import id.simitra.platform.PageIndex;
import id.simitra.account.SimitraUser;
import id.simitra.event.internal.EventAccess;
import id.simitra.event.internal.setup.EventDetails;
import id.simitra.event.internal.setup.EventSetupService;

/**
 * The public pages of business-matching events, without login: the upcoming published
 * events and one event's page (what, where, when in the venue's zone, who may join, the
 * way to register). A draft does not exist for the public (404).
 */
@Controller
class PublicEventController {

	private final EventSetupService events;

	private final EventAccess access;

	PublicEventController(EventSetupService events, EventAccess access) {
		this.events = events;
		this.access = access;
	}

	@GetMapping("/acara")
	String list(@PageIndex int halaman, Model model) {
		model.addAttribute("page", this.events.upcoming(halaman));
		return "event/public-list";
	}

	@GetMapping("/acara/{id}")
	String event(@AuthenticationPrincipal @Nullable SimitraUser user, @PathVariable long id, Model model) {
		this.access.visible(id, user);
		EventDetails event = this.events.details(id);
		model.addAttribute("event", event);
		model.addAttribute("open", event.registrationOpenOn(this.events.today(event.zone())));
		model.addAttribute("registered", user != null && this.access.registrationOf(id, user).isPresent());
		return "event/public";
	}

}
