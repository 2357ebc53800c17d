package id.simitra.umkm;

/**
 * An officer confirmed an UMKM's identity (name, owner, NIB); the notification module
 * tells its owner.
 */
public record IdentityVerified(Long umkmId, String businessName) {
}
