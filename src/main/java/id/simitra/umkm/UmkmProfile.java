package id.simitra.umkm;

import java.util.List;

/** A validated profile, ready for the service: NIB normalized (or null), KBLI codes checked. */
public record UmkmProfile(String businessName, String ownerName, String nib, List<String> kbliCodes,
		String regencyCode, String address, String phone, String description, long businessCapital,
		long annualSales) {
}
