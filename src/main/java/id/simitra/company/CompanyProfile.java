package id.simitra.company;

public record CompanyProfile(String name, String nib, String sector, String regencyCode, String address) {
}
