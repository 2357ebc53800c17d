package id.simitra.partnership.web;

import java.time.LocalDate;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import id.simitra.account.SimitraUser;
import id.simitra.partnership.PartnershipService;
import id.simitra.partnership.PartnershipStatus;
import id.simitra.partnership.internal.AuditQuery;
import id.simitra.platform.FormInput;
import id.simitra.platform.PageIndex;

/**
 * Officers search the partnership audit trail of their province by UMKM or company name,
 * resulting status and dates.
 */
@Controller
class AuditController {

	private final PartnershipService partnerships;

	AuditController(PartnershipService partnerships) {
		this.partnerships = partnerships;
	}

	/**
	 * A filter that cannot be read is reported next to its field and left out of the
	 * search.
	 */
	@GetMapping("/petugas/audit")
	String search(@AuthenticationPrincipal SimitraUser officer, @Valid @ModelAttribute("filter") AuditFilterForm filter,
			BindingResult errors, @PageIndex int halaman, Model model) {
		String name = errors.hasFieldErrors("nama") ? null : filter.nama();
		PartnershipStatus status = blank(filter.status()) ? null
				: FormInput.choice(errors, "status", filter.status(), PartnershipStatus.class);
		LocalDate from = blank(filter.dari()) ? null : FormInput.date(errors, "dari", filter.dari());
		LocalDate to = blank(filter.sampai()) ? null : FormInput.date(errors, "sampai", filter.sampai());
		if (from != null && to != null && to.isBefore(from)) {
			errors.rejectValue("sampai", "validation.endBeforeStart");
			to = null;
		}
		model.addAttribute("page", partnerships.auditTrail(officer, new AuditQuery(name, status, from, to), halaman));
		model.addAttribute("statuses", PartnershipStatus.values());
		return "review/audit";
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
