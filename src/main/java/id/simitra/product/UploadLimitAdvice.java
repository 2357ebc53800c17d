package id.simitra.product;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A photo over the multipart limit (5 MB a file, 6 MB a request) is refused before any controller runs.
 * For a photo upload the owner is sent back to the product with a message instead of an error page. Other
 * uploads are not this module's business: rethrowing leaves them to Spring's 413 handling.
 */
@ControllerAdvice
class UploadLimitAdvice {

	private static final Pattern PHOTO_UPLOAD = Pattern.compile("/umkm/produk/([0-9]{1,18})/foto");

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request) throws MaxUploadSizeExceededException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Matcher m = PHOTO_UPLOAD.matcher(path);
		if (!m.matches()) {
			throw ex;
		}
		// The redirect saves this flash map, exactly as RedirectAttributes would.
		RequestContextUtils.getOutputFlashMap(request).put("error", "photo.error.tooLarge");
		return "redirect:/umkm/produk/" + m.group(1) + "/ubah";
	}

}
