package id.simitra.notification.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.simitra.account.SimitraUser;
import id.simitra.notification.NotificationService;

/**
 * Every logged-in person's notifications: newest first, unread marked; opening one marks
 * it read.
 */
@Controller
class NotificationController {

	private final NotificationService notifications;

	NotificationController(NotificationService notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/notifikasi")
	String list(@AuthenticationPrincipal SimitraUser user, @RequestParam(defaultValue = "0") int halaman, Model model) {
		model.addAttribute("page", notifications.list(user.accountId(), halaman));
		return "notification/list";
	}

	/**
	 * A POST (not a GET link) because it changes something; then it goes where the
	 * notification points.
	 */
	@PostMapping("/notifikasi/{id}/baca")
	String open(@AuthenticationPrincipal SimitraUser user, @PathVariable Long id) {
		return "redirect:" + notifications.markRead(user.accountId(), id).orElse("/notifikasi");
	}

	@PostMapping("/notifikasi/baca-semua")
	String markAllRead(@AuthenticationPrincipal SimitraUser user, RedirectAttributes redirect) {
		notifications.markAllRead(user.accountId());
		redirect.addFlashAttribute("success", "lifecycle.flash.notificationsRead");
		return "redirect:/notifikasi";
	}

}
