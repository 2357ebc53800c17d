package id.simitra.reporting.internal;

import java.util.Arrays;
import java.util.Optional;

/**
 * The lists an officer can export; the slug is the file name in the URL
 * (/petugas/laporan/ekspor/umkm.csv).
 */
public enum ExportKind {

	PARTNERSHIPS("kemitraan"), UMKM("umkm");

	private final String slug;

	ExportKind(String slug) {
		this.slug = slug;
	}

	public String slug() {
		return slug;
	}

	public static Optional<ExportKind> bySlug(String slug) {
		return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
	}

}
