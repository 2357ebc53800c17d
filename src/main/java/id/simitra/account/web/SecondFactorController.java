package id.simitra.account.web;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.simitra.account.AccountService;
import id.simitra.account.SimitraUser;
import id.simitra.account.internal.LoginThrottle;
import id.simitra.account.internal.SecondFactor;
import id.simitra.account.internal.SecondFactorLogin;

/**
 * The login's second step for accounts with a second factor, and the enrolment an
 * administrator must do first when SIMITRA_REQUIRE_2FA_ADMIN is true. Only a session that
 * has just given the right password (SecondFactorLogin.Pending) gets here; anyone else is
 * sent to the login form.
 */
@Controller
class SecondFactorController {

	private final SecondFactorLogin login;

	private final SecondFactor secondFactor;

	private final AccountService accounts;

	private final LoginThrottle throttle;

	SecondFactorController(SecondFactorLogin login, SecondFactor secondFactor, AccountService accounts,
			LoginThrottle throttle) {
		this.login = login;
		this.secondFactor = secondFactor;
		this.accounts = accounts;
		this.throttle = throttle;
	}

	@GetMapping("/masuk/dua-langkah")
	String codeForm(HttpServletRequest request) {
		Optional<SecondFactorLogin.Pending> pending = pending(request, SecondFactor.Step.VERIFY);
		return pending.isEmpty() ? "redirect:/masuk" : "account/second-factor-login";
	}

	@PostMapping("/masuk/dua-langkah")
	@Nullable String verify(@RequestParam(required = false) @Nullable String code, HttpServletRequest request,
			HttpServletResponse response, Model model) throws java.io.IOException, ServletException {
		Optional<SecondFactorLogin.Pending> pending = pending(request, SecondFactor.Step.VERIFY);
		Optional<SimitraUser> user = pending.flatMap(p -> accounts.loadUser(p.accountId()))
			.filter(SimitraUser::isEnabled);
		if (user.isEmpty()) {
			return "redirect:/masuk";
		}
		if (!secondFactor.verify(user.get().accountId(), code, request.getRemoteAddr())) {
			if (throttle.secondFactorFailed(user.get().getUsername())) {
				login.abandon(request);
				return "redirect:/masuk?kodegagal";
			}
			model.addAttribute("codeError", "secondFactor.code.wrong");
			return "account/second-factor-login";
		}
		throttle.secondFactorSucceeded(user.get().getUsername());
		login.complete(request, response, user.get(), true);
		return null;
	}

	@GetMapping("/masuk/dua-langkah/daftar")
	String enrolForm(HttpServletRequest request, Model model) {
		Optional<SimitraUser> user = pending(request, SecondFactor.Step.ENROL)
			.flatMap(p -> accounts.loadUser(p.accountId()));
		if (user.isEmpty()) {
			return "redirect:/masuk";
		}
		model.addAttribute("mustEnrol", true);
		return AccountPageController.enrolmentPage(user.get().getUsername(), request, model,
				"/masuk/dua-langkah/daftar", null);
	}

	@PostMapping("/masuk/dua-langkah/daftar")
	String enrol(@RequestParam(required = false) @Nullable String code, HttpServletRequest request,
			HttpServletResponse response, Model model) throws java.io.IOException, ServletException {
		Optional<SimitraUser> user = pending(request, SecondFactor.Step.ENROL)
			.flatMap(p -> accounts.loadUser(p.accountId()))
			.filter(SimitraUser::isEnabled);
		if (user.isEmpty()) {
			return "redirect:/masuk";
		}
		String secret = request.getSession().getAttribute(AccountPageController.ENROLLING) instanceof String s ? s
				: null;
		Optional<List<String>> codes = secret == null ? Optional.empty()
				: secondFactor.enable(user.get().accountId(), secret, code, request.getRemoteAddr());
		if (codes.isEmpty()) {
			model.addAttribute("mustEnrol", true);
			return AccountPageController.enrolmentPage(user.get().getUsername(), request, model,
					"/masuk/dua-langkah/daftar", "secondFactor.code.wrong");
		}
		request.getSession().removeAttribute(AccountPageController.ENROLLING);
		login.complete(request, response, user.get(), false);
		model.addAttribute("codes", codes.get());
		model.addAttribute("continueUrl", "/dasbor");
		return "account/recovery-codes";
	}

	private Optional<SecondFactorLogin.Pending> pending(HttpServletRequest request, SecondFactor.Step step) {
		return login.pending(request).filter(p -> p.step() == step);
	}

}
