package id.simitra.offer;

/**
 * A Diskop UKM officer recommended an UMKM for a company's need (published once per UMKM
 * and need); the notification module tells the company's members and the UMKM.
 */
public record UmkmRecommended(Long needId, String needTitle, Long companyId, String companyName, Long umkmId,
		String umkmName) {
}
