package id.simitra.company;

import org.jspecify.annotations.Nullable;

public record CompanyProfile(String name, @Nullable String nib, String sector, String regencyCode,
		@Nullable String address) {
}
