package id.simitra.account.web;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.simitra.account.AccountService;
import id.simitra.account.Role;
import id.simitra.account.SimitraUser;
import id.simitra.account.internal.AccountAudit;
import id.simitra.account.internal.PasswordRecovery;
import id.simitra.account.internal.SecondFactor;
import id.simitra.platform.PageView;
import id.simitra.platform.PageIndex;

/**
 * Reset codes for owners who reach the office by phone or in person: an officer for the
 * UMKM owners of the officer's province, an administrator for any account. The code is
 * shown once, to the issuer, who reads it out; the issuing is in the security trail
 * ({@code /admin/akun/riwayat}, and the owner's account page).
 */
@Controller
class ResetCodeController {

	private final PasswordRecovery recovery;

	private final AccountService accounts;

	private final AccountAudit audit;

	private final SecondFactor secondFactor;

	ResetCodeController(PasswordRecovery recovery, AccountService accounts, AccountAudit audit,
			SecondFactor secondFactor) {
		this.recovery = recovery;
		this.accounts = accounts;
		this.audit = audit;
		this.secondFactor = secondFactor;
	}

	/**
	 * The officer finds the owner by the e-mail they log in with; an account the officer
	 * may not help is "not found", like one that does not exist.
	 */
	@GetMapping("/petugas/akun")
	String find(@AuthenticationPrincipal SimitraUser officer, @RequestParam(required = false) @Nullable String email,
			Model model) {
		model.addAttribute("email", email);
		if (email != null && !email.isBlank()) {
			model.addAttribute("searched", true);
			accounts.findByEmail(email).flatMap(a -> {
				try {
					return java.util.Optional.of(recovery.codeTarget(officer, a.id()));
				}
				catch (id.simitra.platform.NotFoundException ex) {
					return java.util.Optional.empty();
				}
			}).ifPresent(found -> model.addAttribute("found", found));
		}
		return "account/officer-find";
	}

	@GetMapping({ "/petugas/akun/{id}/kode-reset", "/admin/akun/{id}/kode-reset" })
	String confirm(@AuthenticationPrincipal SimitraUser issuer, @PathVariable Long id, Model model) {
		model.addAttribute("target", recovery.codeTarget(issuer, id));
		model.addAttribute("action", base(issuer) + "/akun/" + id + "/kode-reset");
		model.addAttribute("secondFactorEnabled", issuer.is(Role.ADMIN) && secondFactor.enabled(id));
		return "account/issue-code";
	}

	/**
	 * An administrator switches off the second factor of a person who lost the phone and
	 * the recovery codes (after checking who is asking, as for a reset code); recorded in
	 * the trail.
	 */
	@PostMapping("/admin/akun/{id}/dua-langkah/nonaktif")
	String disableSecondFactor(@AuthenticationPrincipal SimitraUser admin, @PathVariable Long id,
			HttpServletRequest request, RedirectAttributes redirect) {
		recovery.codeTarget(admin, id);
		secondFactor.disable(id, admin.accountId(), request.getRemoteAddr());
		redirect.addFlashAttribute("success", "flash.secondFactorOffFor");
		return "redirect:/admin/akun/" + id + "/kode-reset";
	}

	@PostMapping({ "/petugas/akun/{id}/kode-reset", "/admin/akun/{id}/kode-reset" })
	String issue(@AuthenticationPrincipal SimitraUser issuer, @PathVariable Long id, HttpServletRequest request,
			Model model) {
		String code = recovery.issueCode(issuer, id, request.getRemoteAddr());
		model.addAttribute("target", recovery.codeTarget(issuer, id));
		model.addAttribute("code", code);
		model.addAttribute("codeHours", PasswordRecovery.CODE_LIFETIME.toHours());
		return "account/issued-code";
	}

	@GetMapping("/admin/akun/riwayat")
	String trail(@PageIndex int page, Model model) {
		PageView<AccountAudit.Entry> entries = audit.page(page);
		model.addAttribute("page", entries);
		return "account/admin-trail";
	}

	private static String base(SimitraUser issuer) {
		return issuer.is(Role.ADMIN) ? "/admin" : "/petugas";
	}

}
