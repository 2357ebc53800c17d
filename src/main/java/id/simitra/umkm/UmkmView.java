package id.simitra.umkm;

import java.util.List;

import org.jspecify.annotations.Nullable;

import id.simitra.reference.SizeClass;

/**
 * An UMKM as pages show it. {@code classesDisagree}: capital and sales put it in
 * different classes.
 */
public record UmkmView(Long id, Long ownerId, String businessName, String ownerName, @Nullable String nib,
		List<KbliLabel> kbli, String regencyCode, String regencyName, String provinceName, String address, String phone,
		@Nullable String description, long businessCapital, long annualSales, SizeClass sizeClass,
		SizeClass sizeClassBySales, long version) {

	public boolean classesDisagree() {
		return sizeClass != sizeClassBySales;
	}

	public boolean hasNib() {
		return nib != null;
	}

	public List<String> kbliCodes() {
		return kbli.stream().map(KbliLabel::code).toList();
	}

	public record KbliLabel(String code, String label) {
	}

}
