package id.simitra.platform;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * Boot's error attributes, with its "error" (the reason phrase, "Not Found") renamed to
 * "reason". The error pages' model is these attributes, and our layout shows a model
 * attribute "error" as the key of one of our own messages (flash messages such as
 * "photo.error.type"): the reason phrase became "??Not Found_id??" on every error page.
 * Renaming it here keeps "error" ours on every page, including future ones. JSON error
 * answers say "reason" too.
 */
@Component
class ErrorPageAttributes extends DefaultErrorAttributes {

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest webRequest, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(webRequest, options);
		Object reason = attributes.remove("error");
		if (reason != null) {
			attributes.put("reason", reason);
		}
		return attributes;
	}

}
