package id.simitra.event.web;

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
import id.simitra.event.internal.scheduling.GridMeeting;
import id.simitra.event.internal.scheduling.MoveRefusedException;
import id.simitra.event.internal.scheduling.RunResult;
import id.simitra.event.internal.scheduling.ScheduleService;
import id.simitra.platform.ConflictException;

/**
 * The organisers' schedule of an event: the grid of slots and tables, "Susun jadwal",
 * moving and locking a meeting, publishing, and placing late registrations.
 */
@Controller
class ScheduleController {

	private final ScheduleService schedules;

	ScheduleController(ScheduleService schedules) {
		this.schedules = schedules;
	}

	@GetMapping("/petugas/acara/{id}/jadwal")
	String grid(@AuthenticationPrincipal SimitraUser user, @PathVariable long id, Model model) {
		model.addAttribute("grid", this.schedules.grid(id, user));
		return "event/schedule";
	}

	@PostMapping("/petugas/acara/{id}/jadwal/susun")
	String run(@AuthenticationPrincipal SimitraUser user, @PathVariable long id, @RequestParam long version,
			RedirectAttributes redirect) {
		RunResult result = this.schedules.run(id, user, version);
		redirect.addFlashAttribute("run", result);
		return "redirect:/petugas/acara/" + id + "/jadwal";
	}

	@PostMapping("/petugas/acara/{id}/jadwal/susulan")
	String placeLate(@AuthenticationPrincipal SimitraUser user, @PathVariable long id, @RequestParam long version,
			RedirectAttributes redirect) {
		RunResult result = this.schedules.placeLate(id, user, version);
		redirect.addFlashAttribute("run", result);
		return "redirect:/petugas/acara/" + id + "/jadwal";
	}

	@PostMapping("/petugas/acara/{id}/jadwal/terbitkan")
	String publish(@AuthenticationPrincipal SimitraUser user, @PathVariable long id, @RequestParam long version,
			RedirectAttributes redirect) {
		this.schedules.publish(id, user, version);
		redirect.addFlashAttribute("success", "schedule.flash.published");
		return "redirect:/petugas/acara/" + id + "/jadwal";
	}

	@GetMapping("/petugas/acara/{id}/jadwal/{meetingId}")
	String meeting(@AuthenticationPrincipal SimitraUser user, @PathVariable long id, @PathVariable long meetingId,
			Model model) {
		GridMeeting meeting = this.schedules.meeting(id, meetingId, user);
		model.addAttribute("form", new MoveForm(String.valueOf(meeting.slotId()), String.valueOf(meeting.table()),
				String.valueOf(meeting.version())));
		return meetingPage(user, id, meeting, model);
	}

	/**
	 * Moves the meeting; a move that would double-book anybody comes back to the form
	 * with the reason and the officer's choice kept.
	 */
	@PostMapping("/petugas/acara/{id}/jadwal/{meetingId}/pindah")
	String move(@AuthenticationPrincipal SimitraUser user, @PathVariable long id, @PathVariable long meetingId,
			@ModelAttribute("form") MoveForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		GridMeeting meeting = this.schedules.meeting(id, meetingId, user);
		Long slot = form.toSlot(errors);
		Integer table = form.toTable(errors);
		Long version = form.toVersion();
		if (version == null) {
			throw new ConflictException("meeting " + meetingId + ": the form carries no version");
		}
		if (errors.hasErrors() || slot == null || table == null) {
			return meetingPage(user, id, meeting, model);
		}
		try {
			this.schedules.move(id, meetingId, user, slot, table, version);
		}
		catch (MoveRefusedException ex) {
			errors.reject(ex.messageKey());
			return meetingPage(user, id, meeting, model);
		}
		redirect.addFlashAttribute("success", "schedule.flash.moved");
		return "redirect:/petugas/acara/" + id + "/jadwal";
	}

	@PostMapping("/petugas/acara/{id}/jadwal/{meetingId}/kunci")
	String lock(@AuthenticationPrincipal SimitraUser user, @PathVariable long id, @PathVariable long meetingId,
			@RequestParam boolean locked, @RequestParam long version, RedirectAttributes redirect) {
		this.schedules.lock(id, meetingId, user, locked, version);
		redirect.addFlashAttribute("success", locked ? "schedule.flash.locked" : "schedule.flash.unlocked");
		return "redirect:/petugas/acara/" + id + "/jadwal/" + meetingId;
	}

	private String meetingPage(SimitraUser user, long id, GridMeeting meeting, Model model) {
		model.addAttribute("meeting", meeting);
		model.addAttribute("grid", this.schedules.grid(id, user));
		model.addAttribute("slots", this.schedules.slots(id, user));
		return "event/schedule-meeting";
	}

}
