package id.simitra.offer;

/**
 * A company asked an UMKM to offer on its need (published once, when the invitation is
 * new); the notification module tells the UMKM (docs/events.md).
 */
public record InvitedToOffer(Long needId, String needTitle, Long companyId, String companyName, Long umkmId) {
}
