package id.simitra.notification.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import id.simitra.notification.NotificationKind;
import id.simitra.notification.NotificationService;
import id.simitra.platform.PageIndex;

/**
 * Every logged-in person's notifications: newest first, unread marked; opening one marks
 * it read. And their choice of the kinds that also come by e-mail.
 */
@Controller
class NotificationController {

	private final NotificationService notifications;

	NotificationController(NotificationService notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/notifikasi")
	String list(@AuthenticationPrincipal SimitraUser user, @PageIndex int halaman, Model model) {
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

	/**
	 * The kinds this person's role receives, under their topics, each with a box "also by
	 * e-mail".
	 */
	@GetMapping("/notifikasi/pengaturan")
	String settings(@AuthenticationPrincipal SimitraUser user, Model model) {
		Map<NotificationKind.Topic, List<EmailChoice>> topics = new LinkedHashMap<>();
		notifications.emailChoices(user.accountId(), user.role())
			.forEach((kind, byEmail) -> topics.computeIfAbsent(kind.topic(), t -> new ArrayList<>())
				.add(new EmailChoice(kind, byEmail)));
		model.addAttribute("topics", topics);
		return "notification/settings";
	}

	/**
	 * Saves the boxes: a kind ticked goes by e-mail too, one not ticked only in the
	 * portal (a browser sends only ticked boxes).
	 */
	@PostMapping("/notifikasi/pengaturan")
	String saveSettings(@AuthenticationPrincipal SimitraUser user,
			@RequestParam(name = "email", required = false) @Nullable List<NotificationKind> email,
			RedirectAttributes redirect) {
		Set<NotificationKind> byEmail = EnumSet.noneOf(NotificationKind.class);
		if (email != null) {
			byEmail.addAll(email);
		}
		notifications.chooseEmail(user.accountId(), user.role(), byEmail);
		redirect.addFlashAttribute("success", "notification.settings.saved");
		return "redirect:/notifikasi/pengaturan";
	}

}
