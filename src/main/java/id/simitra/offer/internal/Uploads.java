package id.simitra.offer.internal;

import java.io.IOException;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

import id.simitra.umkm.NewDocument;

/**
 * Reads an uploaded file into a document, recognising its kind from its first bytes,
 * never its name.
 */
public final class Uploads {

	private Uploads() {
	}

	/**
	 * The document, null when no file was chosen or it was refused (then with a message
	 * on the field).
	 */
	public static @Nullable NewDocument document(@Nullable MultipartFile file, BindingResult errors, String field) {
		if (file == null || file.isEmpty()) {
			return null;
		}
		if (file.getSize() > NewDocument.MAX_BYTES) {
			errors.rejectValue(field, "validation.documentTooLarge");
			return null;
		}
		byte[] bytes;
		try {
			bytes = file.getBytes();
		}
		catch (IOException ex) {
			errors.rejectValue(field, "validation.documentUnreadable");
			return null;
		}
		Optional<NewDocument> document = NewDocument.recognise(file.getOriginalFilename(), bytes);
		if (document.isEmpty()) {
			errors.rejectValue(field, "validation.documentType");
			return null;
		}
		return document.get();
	}

}
