package id.simitra.platform;

import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Resolves a controller parameter annotated with {@code A} to the profile (an UMKM, a
 * company) that the logged-in account acts for, so that "which UMKM / company is this
 * account" is answered in one place. The parameter may be the profile's id
 * ({@code Long}), its view ({@code V}), or either wrapped in {@code Optional} for pages
 * that ask the person to fill in the profile first. A required one that does not exist is
 * a 403: anything asked for then belongs to someone else.
 */
public abstract class CurrentProfileResolver<A extends Annotation, V> implements HandlerMethodArgumentResolver {

	private final Class<A> annotation;

	private final Class<V> viewType;

	protected CurrentProfileResolver(Class<A> annotation, Class<V> viewType) {
		this.annotation = annotation;
		this.viewType = viewType;
	}

	/** The profile the authenticated person acts for, if there is one. */
	protected abstract Optional<V> find(Authentication authentication);

	/**
	 * Only its id: most handlers need no more, and the whole view costs more queries (an
	 * UMKM's KBLI labels and region names).
	 */
	protected abstract Optional<Long> findId(Authentication authentication);

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.hasParameterAnnotation(annotation);
	}

	@Override
	public @Nullable Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
			NativeWebRequest request, @Nullable WebDataBinderFactory binderFactory) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		Class<?> type = parameter.getParameterType();
		boolean wantsId = type == Long.class
				|| (type == Optional.class && wantsId(parameter.getGenericParameterType()));
		Optional<?> profile = authentication == null || !authentication.isAuthenticated() ? Optional.empty()
				: wantsId ? findId(authentication) : find(authentication);
		if (type == Optional.class) {
			return profile;
		}
		if (type == Long.class || type.isAssignableFrom(viewType)) {
			return profile.orElseThrow(() -> new AccessDeniedException("No " + viewType.getSimpleName()));
		}
		throw new IllegalStateException("@" + annotation.getSimpleName() + " cannot fill a " + type.getName());
	}

	private static boolean wantsId(Type generic) {
		return generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] == Long.class;
	}

}
