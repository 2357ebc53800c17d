package id.simitra.event.web;

import java.util.List;

import jakarta.validation.Valid;

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

import id.simitra.platform.PageIndex;
import id.simitra.account.SimitraUser;
import id.simitra.event.internal.EventAccess;
import id.simitra.event.internal.setup.EventDetails;
import id.simitra.event.internal.setup.EventSettings;
import id.simitra.event.internal.setup.EventSetupService;
import id.simitra.event.internal.setup.Problem;
import id.simitra.platform.ConflictException;
import id.simitra.platform.FormInput;
import id.simitra.reference.RegionService;

/**
 * The officer's events: the list of the province's events, the form that creates or
 * changes a draft, the manage page and publishing. Who may is {@link EventAccess}; the
 * rules of an event's settings are {@link EventSetupService#problems}.
 */
@Controller
class EventSetupController {

	private final EventSetupService events;

	private final EventAccess access;

	private final RegionService regions;

	EventSetupController(EventSetupService events, EventAccess access, RegionService regions) {
		this.events = events;
		this.access = access;
		this.regions = regions;
	}

	@GetMapping("/petugas/acara")
	String list(@AuthenticationPrincipal SimitraUser user, @PageIndex int halaman, Model model) {
		model.addAttribute("page", this.events.organisedBy(user, halaman));
		model.addAttribute("noProvince", "".equals(this.events.provinceFor(user)));
		return "event/officer-list";
	}

	@GetMapping("/petugas/acara/baru")
	String createForm(@AuthenticationPrincipal SimitraUser user, Model model) {
		model.addAttribute("form", EventForm.defaults());
		return form(user, model, null);
	}

	@PostMapping("/petugas/acara/baru")
	String create(@AuthenticationPrincipal SimitraUser user, @Valid @ModelAttribute("form") EventForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		EventSettings settings = checked(user, form, errors);
		if (settings == null) {
			return form(user, model, null);
		}
		long id = this.events.create(user, settings);
		redirect.addFlashAttribute("success", "event.flash.created");
		return "redirect:/petugas/acara/" + id;
	}

	@GetMapping("/petugas/acara/{id}")
	String manage(@AuthenticationPrincipal SimitraUser user, @PathVariable long id, Model model) {
		this.access.organised(id, user);
		EventDetails event = this.events.details(id);
		model.addAttribute("event", event);
		model.addAttribute("today", this.events.today(event.zone()));
		model.addAttribute("counts", this.events.counts(id));
		model.addAttribute("audit", this.events.auditTrail(id));
		return "event/manage";
	}

	@GetMapping("/petugas/acara/{id}/ubah")
	String editForm(@AuthenticationPrincipal SimitraUser user, @PathVariable long id, Model model) {
		this.access.organised(id, user);
		EventDetails event = requireDraft(id);
		model.addAttribute("form", EventForm.of(event));
		return form(user, model, event);
	}

	@PostMapping("/petugas/acara/{id}/ubah")
	String edit(@AuthenticationPrincipal SimitraUser user, @PathVariable long id,
			@Valid @ModelAttribute("form") EventForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		this.access.organised(id, user);
		EventDetails event = requireDraft(id);
		Long version = FormInput.version(form.version());
		if (version == null) {
			throw new ConflictException("event " + id + ": the form carries no version");
		}
		EventSettings settings = checked(user, form, errors);
		if (settings == null) {
			return form(user, model, event);
		}
		this.events.update(user, id, settings, version);
		redirect.addFlashAttribute("success", "event.flash.saved");
		return "redirect:/petugas/acara/" + id;
	}

	@PostMapping("/petugas/acara/{id}/terbitkan")
	String publish(@AuthenticationPrincipal SimitraUser user, @PathVariable long id,
			@RequestParam(required = false) @Nullable String version, RedirectAttributes redirect) {
		this.access.organised(id, user);
		Long expected = FormInput.version(version);
		if (expected == null) {
			throw new ConflictException("event " + id + ": the form carries no version");
		}
		String refused = this.events.publish(user, id, expected);
		if (refused != null) {
			redirect.addFlashAttribute("error", refused);
		}
		else {
			redirect.addFlashAttribute("success", "event.flash.published");
		}
		return "redirect:/petugas/acara/" + id;
	}

	/**
	 * Cancels a published event with the reason; the box "Ya, batalkan" must be ticked
	 * (the CSP refuses inline confirm() handlers, so the browser requires the box).
	 */
	@PostMapping("/petugas/acara/{id}/batal")
	String cancel(@AuthenticationPrincipal SimitraUser user, @PathVariable long id,
			@RequestParam(required = false) @Nullable String alasan,
			@RequestParam(required = false) @Nullable String confirmed,
			@RequestParam(required = false) @Nullable String version, RedirectAttributes redirect) {
		this.access.organised(id, user);
		Long expected = FormInput.version(version);
		if (expected == null) {
			throw new ConflictException("event " + id + ": the form carries no version");
		}
		String reason = alasan == null ? "" : alasan.strip();
		String refused = reason.isEmpty() ? "event.cancel.reasonRequired" : reason.length() > 2000
				? "event.cancel.reasonTooLong" : !FormInput.flag(confirmed) ? "event.cancel.unconfirmed" : null;
		if (refused == null) {
			refused = this.events.cancel(user, id, reason, expected);
		}
		if (refused != null) {
			redirect.addFlashAttribute("error", refused);
			// what was typed is kept for the form shown again
			redirect.addFlashAttribute("cancelReason", reason);
		}
		else {
			redirect.addFlashAttribute("success", "event.cancel.done");
		}
		return "redirect:/petugas/acara/" + id;
	}

	private @Nullable EventSettings checked(SimitraUser user, EventForm form, BindingResult errors) {
		EventSettings settings = form.toSettings(errors);
		if (settings == null) {
			return null;
		}
		List<Problem> problems = this.events.problems(user, settings);
		for (Problem p : problems) {
			errors.rejectValue(p.field(), p.code(), p.args().toArray(), null);
		}
		return problems.isEmpty() ? settings : null;
	}

	private EventDetails requireDraft(long id) {
		EventDetails event = this.events.details(id);
		if (!event.draft()) {
			throw new ConflictException("event " + id + " is " + event.status() + ": only a draft is edited");
		}
		return event;
	}

	private String form(SimitraUser user, Model model, @Nullable EventDetails event) {
		String province = this.events.provinceFor(user);
		model.addAttribute("provinces",
				this.regions.provinces().stream().filter(p -> province == null || p.code().equals(province)).toList());
		model.addAttribute("event", event);
		model.addAttribute("noProvince", "".equals(province));
		return "event/form";
	}

}
