package id.simitra.offer.web;

import org.springframework.web.multipart.MultipartFile;

/** One more file for an offer. */
public record AttachmentForm(MultipartFile attachment) {
}
