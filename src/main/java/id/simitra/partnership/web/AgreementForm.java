package id.simitra.partnership.web;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * The signed agreement upload; {@code version} is the version of the partnership the page
 * showed.
 */
public record AgreementForm(@Nullable MultipartFile document, @Nullable String version) {
}
