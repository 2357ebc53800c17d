package id.simitra.umkm.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import id.simitra.account.SimitraUser;
import id.simitra.umkm.DocumentService;
import id.simitra.umkm.internal.DocumentFile;

/**
 * Streams a stored document to those allowed to see it (rules in
 * {@link DocumentService}).
 */
@Controller
class DocumentController {

	private final DocumentService documents;

	DocumentController(DocumentService documents) {
		this.documents = documents;
	}

	/**
	 * Shown in the browser, never cached by it or a proxy (identity papers on a shared
	 * computer), and with nosniff so a browser never reinterprets the bytes as something
	 * other than the checked type.
	 */
	@GetMapping("/dokumen/{id}")
	ResponseEntity<byte[]> open(@AuthenticationPrincipal SimitraUser user, @PathVariable Long id) {
		DocumentFile file = documents.open(user, id);
		ContentDisposition disposition = StandardCharsets.US_ASCII.newEncoder().canEncode(file.fileName())
				? ContentDisposition.inline().filename(file.fileName()).build()
				: ContentDisposition.inline().filename(file.fileName(), StandardCharsets.UTF_8).build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.contentLength(file.bytes().length)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(file.bytes());
	}

}
