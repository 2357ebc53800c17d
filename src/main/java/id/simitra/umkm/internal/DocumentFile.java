package id.simitra.umkm.internal;

/** A stored document as it is sent to the browser. */
// File bytes passed through once (upload, storage, response); never compared, hashed or
// printed, so the
// shallow equals/hashCode/toString the check warns about are never used.
@SuppressWarnings("ArrayRecordComponent")
public record DocumentFile(Long id, String fileName, String contentType, byte[] bytes, String sha256) {
}
