package id.simitra.company;

import org.jspecify.annotations.Nullable;

public record CompanyView(Long id, Long ownerId, String name, @Nullable String nib, String sector, String regencyCode,
		String regencyName, @Nullable String address, long version) {
}
