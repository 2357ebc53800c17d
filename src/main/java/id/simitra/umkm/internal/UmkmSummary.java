package id.simitra.umkm.internal;

/** An UMKM in a short list of names: id, business name, regency. */
public record UmkmSummary(Long id, String businessName, String regencyName) {
}
