package id.simitra.directory.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

import id.simitra.platform.PageNumbers;

/**
 * Builds directory URLs that keep every current filter and change one thing (a facet, the
 * page).
 */
public record DirectoryLinks(DirectoryQuery q) {

	public String page(int page) {
		return build(q.sizeClass() == null ? null : q.sizeClass().name(), q.regency(), q.certificates(),
				q.verifiedOnly(), page);
	}

	public String sizeClass(String value) {
		return build(value, q.regency(), q.certificates(), q.verifiedOnly(), 0);
	}

	public String regency(String code) {
		return build(q.sizeClass() == null ? null : q.sizeClass().name(), code, q.certificates(), q.verifiedOnly(), 0);
	}

	public String certificate(String code) {
		List<String> certs = new java.util.ArrayList<>(q.certificates());
		if (!certs.contains(code)) {
			certs.add(code);
		}
		return build(q.sizeClass() == null ? null : q.sizeClass().name(), q.regency(), certs, q.verifiedOnly(), 0);
	}

	public String verified() {
		return build(q.sizeClass() == null ? null : q.sizeClass().name(), q.regency(), q.certificates(), true, 0);
	}

	private String build(@Nullable String sizeClass, @Nullable String regency, List<String> certificates,
			boolean verified, int page) {
		UriComponentsBuilder b = UriComponentsBuilder.fromPath("/direktori");
		add(b, "q", q.q());
		if (regency == null) {
			add(b, "provinsi", q.province());
		}
		add(b, "wilayah", regency);
		add(b, "kbli", q.kbli());
		add(b, "kelas", sizeClass);
		certificates.forEach(c -> b.queryParam("sertifikat", c));
		if (verified) {
			b.queryParam("terverifikasi", "ya");
		}
		// as DirectoryService: a capacity counts only with its unit
		if (q.minCapacity() != null && q.capacityUnit() != null) {
			add(b, "kapasitas", q.minCapacity().stripTrailingZeros().toPlainString());
			add(b, "satuan", q.capacityUnit().name());
		}
		if (q.sort() == DirectoryQuery.Sort.DISTANCE) {
			b.queryParam("urut", "jarak");
		}
		else if (q.sort() == DirectoryQuery.Sort.NEWEST) {
			b.queryParam("urut", "terbaru");
		}
		if (q.nearRegency() != null && !q.nearRegency().equals(q.regency())) {
			add(b, "dari", q.nearRegency());
		}
		if (page > 0) {
			b.queryParam(PageNumbers.PARAM, PageNumbers.number(page));
		}
		return b.encode().build().toUriString();
	}

	private static void add(UriComponentsBuilder b, String name, @Nullable String value) {
		if (value != null && !value.isBlank()) {
			b.queryParam(name, value);
		}
	}

}
