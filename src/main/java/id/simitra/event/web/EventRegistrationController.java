package id.simitra.event.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.simitra.account.SimitraUser;
import id.simitra.event.internal.EventAccess;
import id.simitra.event.internal.EventFacts;
import id.simitra.event.internal.setup.EventDetails;
import id.simitra.event.internal.setup.EventSetupService;
import id.simitra.event.internal.setup.Problem;
import id.simitra.event.internal.setup.RegistrationChoices;
import id.simitra.event.internal.setup.RegistrationService;
import id.simitra.platform.ConflictException;
import id.simitra.platform.FormInput;

/**
 * Registering for an event (company staff and UMKM owners) and the officer's page of
 * registrations: approve or refuse waiting UMKM, see each company need's registered UMKM
 * with their match scores.
 */
@Controller
class EventRegistrationController {

	private final RegistrationService registrations;

	private final EventSetupService events;

	private final EventAccess access;

	EventRegistrationController(RegistrationService registrations, EventSetupService events, EventAccess access) {
		this.registrations = registrations;
		this.events = events;
		this.access = access;
	}

	@GetMapping("/acara/{id}/daftar")
	String form(@AuthenticationPrincipal SimitraUser user, @PathVariable long id, Model model) {
		RegistrationChoices choices = this.registrations.choices(id, user);
		model.addAttribute("form", RegistrationForm.of(choices));
		return view(model, id, choices);
	}

	@PostMapping("/acara/{id}/daftar")
	String register(@AuthenticationPrincipal SimitraUser user, @PathVariable long id,
			@ModelAttribute("form") RegistrationForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		RegistrationChoices choices = this.registrations.choices(id, user);
		List<Problem> problems = this.registrations.register(id, user, form.needs(), form.products(), form.sessions(),
				form.tables());
		if (!problems.isEmpty()) {
			for (Problem p : problems) {
				if (p.field().isEmpty()) {
					errors.reject(p.code(), p.args().toArray(), null);
				}
				else {
					errors.rejectValue(p.field(), p.code(), p.args().toArray(), null);
				}
			}
			return view(model, id, choices);
		}
		redirect.addFlashAttribute("success", "event.register.saved");
		return "redirect:/acara/" + id + "/daftar";
	}

	/**
	 * Withdraws the person's company or UMKM from the event; the box "Ya, mundur" must be
	 * ticked (without it nothing changes and the page says so).
	 */
	@PostMapping("/acara/{id}/daftar/tarik")
	String withdraw(@AuthenticationPrincipal SimitraUser user, @PathVariable long id,
			@RequestParam(required = false) @Nullable String version,
			@RequestParam(required = false) @Nullable String confirmed, RedirectAttributes redirect) {
		Long expected = FormInput.version(version);
		if (expected == null) {
			throw new ConflictException("withdrawal from event " + id + ": the form carries no version");
		}
		if (!FormInput.flag(confirmed)) {
			redirect.addFlashAttribute("error", "event.withdraw.unconfirmed");
			return "redirect:/acara/" + id + "/daftar";
		}
		this.registrations.withdraw(id, user, expected);
		redirect.addFlashAttribute("success", "event.withdraw.done");
		return "redirect:/acara/" + id + "/daftar";
	}

	private String view(Model model, long id, RegistrationChoices choices) {
		EventDetails event = this.events.details(id);
		model.addAttribute("event", event);
		model.addAttribute("choices", choices);
		model.addAttribute("withdrawable", this.registrations.withdrawable(event, choices.existing()));
		model.addAttribute("open", event.registrationOpenOn(this.events.today(event.zone())));
		return "event/register";
	}

	@GetMapping("/petugas/acara/{id}/pendaftaran")
	String registrations(@AuthenticationPrincipal SimitraUser user, @PathVariable long id, Model model) {
		EventFacts facts = this.access.organised(id, user);
		model.addAttribute("event", this.events.details(id));
		model.addAttribute("registrations", this.registrations.registrations(id));
		model.addAttribute("matches", this.registrations.matches(id));
		model.addAttribute("readinessDay", this.registrations.readinessDay(facts));
		return "event/registrations";
	}

	@PostMapping("/petugas/acara/{id}/pendaftaran/{registrationId}/keputusan")
	String decide(@AuthenticationPrincipal SimitraUser user, @PathVariable long id, @PathVariable long registrationId,
			@RequestParam(required = false) @Nullable String setuju,
			@RequestParam(required = false) @Nullable String alasan,
			@RequestParam(required = false) @Nullable String version, RedirectAttributes redirect) {
		this.access.organised(id, user);
		Long expected = FormInput.version(version);
		if (expected == null) {
			throw new ConflictException("registration " + registrationId + ": the form carries no version");
		}
		boolean approve = FormInput.flag(setuju);
		if (!approve && (alasan == null || alasan.isBlank())) {
			redirect.addFlashAttribute("error", "event.decide.reasonRequired");
			return "redirect:/petugas/acara/" + id + "/pendaftaran";
		}
		this.registrations.decide(id, registrationId, user, approve, alasan, expected);
		redirect.addFlashAttribute("success", approve ? "event.decide.approved" : "event.decide.refused");
		return "redirect:/petugas/acara/" + id + "/pendaftaran";
	}

}
