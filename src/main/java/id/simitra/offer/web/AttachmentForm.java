package id.simitra.offer.web;

import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** One more file for an offer. */
public record AttachmentForm(@Nullable MultipartFile attachment) {
}
