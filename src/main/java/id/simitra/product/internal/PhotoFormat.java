package id.simitra.product.internal;

import org.jspecify.annotations.Nullable;

/**
 * The image formats a product photo may have, recognised by their first bytes, never by
 * name or header.
 */
public enum PhotoFormat {

	JPEG("image/jpeg", "jpeg", "jpg", new int[] { 0xFF, 0xD8, 0xFF }),
	PNG("image/png", "png", "png", new int[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });

	private final String contentType;

	private final String readerName;

	private final String writerName;

	// Private, never written after construction and never handed out: effectively
	// immutable.
	@SuppressWarnings("ImmutableEnumChecker")
	private final int[] magic;

	PhotoFormat(String contentType, String readerName, String writerName, int[] magic) {
		this.contentType = contentType;
		this.readerName = readerName;
		this.writerName = writerName;
		this.magic = magic;
	}

	/**
	 * The format the content starts like, or null: a file name or the browser's content
	 * type is never trusted.
	 */
	public static @Nullable PhotoFormat sniff(byte[] data) {
		for (PhotoFormat f : values()) {
			if (f.matches(data)) {
				return f;
			}
		}
		return null;
	}

	private boolean matches(byte[] data) {
		if (data.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((data[i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}

	String contentType() {
		return contentType;
	}

	String readerName() {
		return readerName;
	}

	String writerName() {
		return writerName;
	}

}
