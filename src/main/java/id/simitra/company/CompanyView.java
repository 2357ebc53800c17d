package id.simitra.company;

public record CompanyView(Long id, Long ownerId, String name, String nib, String sector, String regencyCode,
		String regencyName, String address, long version) {
}
