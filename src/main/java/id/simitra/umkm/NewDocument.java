package id.simitra.umkm;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * An upload whose kind was recognised from its first bytes (PDF, JPEG or PNG). The name
 * and the content type the browser sends are whatever the sender chose, so neither is
 * trusted: a text file renamed "foto.jpg" is refused, and the stored name gets the
 * extension of what the file really is.
 */
// File bytes passed through once (upload, storage, response); never compared, hashed or
// printed, so the
// shallow equals/hashCode/toString the check warns about are never used.
@SuppressWarnings("ArrayRecordComponent")
public record NewDocument(String fileName, String contentType, byte[] bytes) {

	public static final int MAX_BYTES = 5 * 1024 * 1024;

	private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	/**
	 * The document, or empty when the bytes are not a PDF, JPEG or PNG (or are empty or
	 * too large).
	 */
	public static Optional<NewDocument> recognise(@Nullable String originalName, byte @Nullable [] bytes) {
		if (bytes == null || bytes.length == 0 || bytes.length > MAX_BYTES) {
			return Optional.empty();
		}
		String type;
		String extension;
		if (startsWith(bytes, PDF)) {
			type = "application/pdf";
			extension = "pdf";
		}
		else if (startsWith(bytes, JPEG)) {
			type = "image/jpeg";
			extension = "jpg";
		}
		else if (startsWith(bytes, PNG)) {
			type = "image/png";
			extension = "png";
		}
		else {
			return Optional.empty();
		}
		return Optional.of(new NewDocument(safeName(originalName, extension), type, bytes));
	}

	public String sha256() {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/**
	 * The base name without folders (old browsers send "C:\...\scan.pdf"), without
	 * characters that would break a header, shortened, with the extension of the
	 * recognised kind.
	 */
	static String safeName(@Nullable String originalName, String extension) {
		String name = originalName == null ? "" : originalName;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		int dot = name.lastIndexOf('.');
		if (dot >= 0) {
			name = name.substring(0, dot);
		}
		name = name.replaceAll("[\\p{Cntrl}\"\\\\;]", "").strip();
		if (name.isEmpty()) {
			name = "dokumen";
		}
		if (name.length() > 200) {
			name = name.substring(0, 200);
		}
		return name + "." + extension;
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
