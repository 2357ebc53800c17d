package id.simitra.event.web;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.simitra.account.SimitraUser;
import id.simitra.event.internal.EventAccess;
import id.simitra.event.internal.outcome.MeetingOutcome;
import id.simitra.event.internal.outcome.MeetingView;
import id.simitra.event.internal.outcome.OutcomeService;
import id.simitra.event.internal.outcome.Side;
import id.simitra.platform.ConflictException;
import id.simitra.platform.FormInput;

/**
 * After each meeting, each side says what came of it: the company's staff (not a fit,
 * interested, invite to offer, propose a partnership) and the UMKM owner (not a fit,
 * interested), each with a note. Inviting and proposing then go on in the offer and
 * partnership pages, with the meeting linked.
 */
@Controller
class OutcomeController {

	private final OutcomeService outcomes;

	private final EventAccess access;

	OutcomeController(OutcomeService outcomes, EventAccess access) {
		this.outcomes = outcomes;
		this.access = access;
	}

	@GetMapping("/acara/{id}/hasil")
	String meetings(@AuthenticationPrincipal SimitraUser user, @PathVariable long id, Model model) {
		model.addAttribute("meetings", this.outcomes.meetingsOf(id, user));
		model.addAttribute("event", this.access.visible(id, user));
		model.addAttribute("side", this.outcomes.sideOf(user));
		return "event/outcomes";
	}

	@GetMapping("/acara/{id}/hasil/{meetingId}")
	String form(@AuthenticationPrincipal SimitraUser user, @PathVariable long id, @PathVariable long meetingId,
			Model model) {
		MeetingView meeting = this.outcomes.meeting(id, meetingId, user);
		Side side = this.outcomes.sideOf(user);
		MeetingOutcome current = meeting.outcomeOf(side);
		model.addAttribute("form", new OutcomeForm(current == null ? null : current.name(), meeting.noteOf(side),
				String.valueOf(meeting.version())));
		return view(model, meeting, side);
	}

	/**
	 * Saves this side's outcome. "Propose a partnership" goes straight on to the proposal
	 * form, prefilled from the need and the UMKM and linked to the meeting; "invite to
	 * offer" comes back here, where the invitation is one button away.
	 */
	@PostMapping("/acara/{id}/hasil/{meetingId}")
	String save(@AuthenticationPrincipal SimitraUser user, @PathVariable long id, @PathVariable long meetingId,
			@Valid @ModelAttribute("form") OutcomeForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		MeetingView meeting = this.outcomes.meeting(id, meetingId, user);
		Side side = this.outcomes.sideOf(user);
		MeetingOutcome outcome = form.toOutcome(errors, side);
		Long version = FormInput.version(form.version());
		if (version == null) {
			throw new ConflictException("meeting " + meetingId + ": the form carries no version");
		}
		if (errors.hasErrors() || outcome == null) {
			return view(model, meeting, side);
		}
		this.outcomes.record(id, meetingId, user, outcome, form.note(), version);
		redirect.addFlashAttribute("success", "outcome.flash.saved");
		if (side == Side.COMPANY && outcome == MeetingOutcome.PROPOSE && meeting.partnershipId() == null) {
			return "redirect:/perusahaan/kebutuhan/" + meeting.needId() + "/usul/" + meeting.umkmId() + "?pertemuan="
					+ meetingId;
		}
		return "redirect:/acara/" + id + "/hasil/" + meetingId;
	}

	private String view(Model model, MeetingView meeting, Side side) {
		model.addAttribute("meeting", meeting);
		model.addAttribute("side", side);
		model.addAttribute("choices", side.choices());
		return "event/outcome";
	}

}
