package id.simitra.umkm.internal;

/** A stored document as it is sent to the browser. */
public record DocumentFile(Long id, String fileName, String contentType, byte[] bytes, String sha256) {
}
