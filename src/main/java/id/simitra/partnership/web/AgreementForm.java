package id.simitra.partnership.web;

import org.springframework.web.multipart.MultipartFile;

/** The signed agreement upload; {@code version} is the version of the partnership the page showed. */
public record AgreementForm(MultipartFile document, String version) {
}
