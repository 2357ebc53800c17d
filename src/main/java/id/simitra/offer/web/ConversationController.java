package id.simitra.offer.web;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.simitra.account.SimitraUser;
import id.simitra.offer.internal.ConversationService;
import id.simitra.offer.internal.ThreadView;
import id.simitra.platform.PageIndex;

/**
 * Conversations between a company and an UMKM about a need (rules in
 * {@link ConversationService}).
 */
@Controller
@RequestMapping("/percakapan")
class ConversationController {

	private final ConversationService conversations;

	ConversationController(ConversationService conversations) {
		this.conversations = conversations;
	}

	@GetMapping
	String list(@AuthenticationPrincipal SimitraUser user, @PageIndex int halaman, Model model) {
		model.addAttribute("page", conversations.listFor(user, halaman));
		return "offer/threads";
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal SimitraUser user, @PathVariable Long id, @PageIndex @Nullable Integer halaman,
			Model model) {
		model.addAttribute("thread", conversations.read(user, id, halaman));
		model.addAttribute("form", MessageForm.empty());
		return "offer/thread";
	}

	@PostMapping("/{id}")
	String post(@AuthenticationPrincipal SimitraUser user, @PathVariable Long id,
			@Valid @ModelAttribute("form") MessageForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			ThreadView thread = conversations.read(user, id, null);
			if (!thread.canWrite()) {
				throw new AccessDeniedException("Only the two parties write in conversation " + id);
			}
			model.addAttribute("thread", thread);
			return "offer/thread";
		}
		conversations.post(user, id, form.body());
		return "redirect:/percakapan/" + id + "#terbaru";
	}

	@PostMapping("/{id}/kontak")
	String agreeToShareContacts(@AuthenticationPrincipal SimitraUser user, @PathVariable Long id,
			RedirectAttributes redirect) {
		conversations.agreeToShareContacts(user, id);
		redirect.addFlashAttribute("success", "flash.contactsAgreed");
		return "redirect:/percakapan/" + id;
	}

}
