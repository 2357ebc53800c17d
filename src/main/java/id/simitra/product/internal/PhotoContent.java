package id.simitra.product.internal;

/** The bytes of a photo or thumbnail, as served. */
public record PhotoContent(String contentType, byte[] data) {
}
