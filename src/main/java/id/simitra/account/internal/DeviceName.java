package id.simitra.account.internal;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A short name of the browser and system a login came from, so a person recognises their
 * sessions on the account page ("Chrome, Android"). Only that is kept, not the whole
 * User-Agent header.
 */
final class DeviceName {

	private DeviceName() {
	}

	static @Nullable String of(@Nullable String userAgent) {
		if (userAgent == null || userAgent.isBlank()) {
			return null;
		}
		String ua = userAgent.toLowerCase(Locale.ROOT);
		String browser = ua.contains("edg/") ? "Edge" : ua.contains("opr/") || ua.contains("opera") ? "Opera"
				: ua.contains("samsungbrowser") ? "Samsung Internet"
						: ua.contains("firefox/") ? "Firefox" : ua.contains("chrome/") || ua.contains("chromium/")
								? "Chrome" : ua.contains("safari/") ? "Safari" : null;
		String system = ua.contains("android") ? "Android"
				: ua.contains("iphone") || ua.contains("ipad") ? "iOS" : ua.contains("windows") ? "Windows"
						: ua.contains("mac os") ? "macOS" : ua.contains("linux") ? "Linux" : null;
		if (browser == null && system == null) {
			return null;
		}
		return browser == null ? system : system == null ? browser : browser + ", " + system;
	}

}
