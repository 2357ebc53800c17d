package id.simitra.company.web;

import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import id.simitra.account.SimitraUser;
import id.simitra.company.CompanyService;
import id.simitra.company.CompanyView;
import id.simitra.company.CurrentCompany;
import id.simitra.platform.CurrentProfileResolver;

/** Fills {@link CurrentCompany} parameters of every module's controllers. */
@Component
class CurrentCompanyResolver extends CurrentProfileResolver<CurrentCompany, CompanyView> implements WebMvcConfigurer {

	private final CompanyService companies;

	CurrentCompanyResolver(CompanyService companies) {
		super(CurrentCompany.class, CompanyView.class);
		this.companies = companies;
	}

	@Override
	protected Optional<CompanyView> find(Authentication authentication) {
		return authentication.getPrincipal() instanceof SimitraUser user ? companies.findByMember(user.accountId())
				: Optional.empty();
	}

	@Override
	protected Optional<Long> findId(Authentication authentication) {
		return authentication.getPrincipal() instanceof SimitraUser user ? companies.findIdByMember(user.accountId())
				: Optional.empty();
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

}
