package id.simitra.product.internal;

/** The bytes of a photo or thumbnail, as served. */
// File bytes passed through once (upload, storage, response); never compared, hashed or
// printed, so the
// shallow equals/hashCode/toString the check warns about are never used.
@SuppressWarnings("ArrayRecordComponent")
public record PhotoContent(String contentType, byte[] data) {
}
