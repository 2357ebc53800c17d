package id.simitra.account;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import id.simitra.account.internal.Account;
import id.simitra.account.internal.AccountRepository;

/**
 * The one rule "this officer may see and act on this UMKM": a Diskop UKM officer works
 * for one province, and an UMKM belongs to the province of its regency (the first two
 * digits: regency "12.71" is in province "12"). An officer the administrator has not
 * given a province yet sees and does nothing province-bound. Every officer action and
 * list (certificates, identities, partnerships, audit, recommendations, conversations,
 * reports) asks here, so the rule cannot drift between them; see docs/access.md.
 */
@Component
public class OfficerScope {

	private static final String PROVINCE_ATTRIBUTE = OfficerScope.class.getName() + ".province.";

	private final AccountRepository accounts;

	OfficerScope(AccountRepository accounts) {
		this.accounts = accounts;
	}

	/**
	 * The province this officer works for; empty for officers without one and for anybody
	 * not an officer.
	 */
	@Transactional(readOnly = true)
	public Optional<String> provinceOf(SimitraUser user) {
		if (user == null || !user.is(Role.OFFICER)) {
			return Optional.empty();
		}
		// Read from the account, not the session: an administrator's change of province
		// counts at once. Once per request: a page asks several times (the officer's
		// queue asks for its province, its partnerships and its certificates).
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		String key = PROVINCE_ATTRIBUTE + user.accountId();
		if (request != null && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof String known) {
			return Optional.of(known).filter(p -> !p.isBlank());
		}
		String province = accounts.findById(user.accountId()).map(Account::getProvinceCode).orElse("");
		if (request != null) {
			request.setAttribute(key, province, RequestAttributes.SCOPE_REQUEST);
		}
		return Optional.of(province).filter(p -> !p.isBlank());
	}

	/** Whether this officer may see and act on a record of an UMKM in this regency. */
	@Transactional(readOnly = true)
	public boolean covers(SimitraUser user, @Nullable String regencyCode) {
		return regencyCode != null && provinceOf(user).map(p -> p.equals(provinceOfRegency(regencyCode))).orElse(false);
	}

	/**
	 * For SQL lists: a LIKE pattern that matches the regency codes of this officer's
	 * province ("12.%"), bound to a condition such as {@code u.regency_code like :scope};
	 * empty when the officer has no province (then the list is empty, and the caller
	 * should not query at all).
	 */
	@Transactional(readOnly = true)
	public Optional<String> regencyPattern(SimitraUser user) {
		return provinceOf(user).map(p -> p + ".%");
	}

	/** "12.71" → "12". */
	public static String provinceOfRegency(String regencyCode) {
		int dot = regencyCode.indexOf('.');
		return dot < 0 ? regencyCode : regencyCode.substring(0, dot);
	}

}
