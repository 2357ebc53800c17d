package id.simitra.umkm.web;

import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import id.simitra.account.SimitraUser;
import id.simitra.platform.CurrentProfileResolver;
import id.simitra.umkm.CurrentUmkm;
import id.simitra.umkm.UmkmService;
import id.simitra.umkm.UmkmView;

/** Fills {@link CurrentUmkm} parameters of every module's controllers. */
@Component
class CurrentUmkmResolver extends CurrentProfileResolver<CurrentUmkm, UmkmView> implements WebMvcConfigurer {

	private final UmkmService umkms;

	CurrentUmkmResolver(UmkmService umkms) {
		super(CurrentUmkm.class, UmkmView.class);
		this.umkms = umkms;
	}

	@Override
	protected Optional<UmkmView> find(Authentication authentication) {
		return authentication.getPrincipal() instanceof SimitraUser user ? umkms.findByOwner(user.accountId())
				: Optional.empty();
	}

	@Override
	protected Optional<Long> findId(Authentication authentication) {
		return authentication.getPrincipal() instanceof SimitraUser user ? umkms.findIdByOwner(user.accountId())
				: Optional.empty();
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

}
