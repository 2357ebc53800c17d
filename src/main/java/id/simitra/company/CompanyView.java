package id.simitra.company;

import org.jspecify.annotations.Nullable;

/**
 * A company as other modules see it. No person is part of it: who acts for the company is
 * its members ({@link CompanyService#isMember}, {@link CompanyService#memberAccountIds}).
 */
public record CompanyView(Long id, String name, @Nullable String nib, String sector, String regencyCode,
		String regencyName, @Nullable String address, long version) {
}
