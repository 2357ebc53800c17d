package id.simitra.umkm;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A validated profile, ready for the service: NIB normalized (or null), KBLI codes
 * checked.
 */
public record UmkmProfile(String businessName, String ownerName, @Nullable String nib, List<String> kbliCodes,
		String regencyCode, String address, String phone, @Nullable String description, long businessCapital,
		long annualSales) {
}
