package id.simitra.platform;

import java.util.Arrays;
import java.util.Optional;

/**
 * CSV is for other programs: raw codes ("12.71", "01270"), ISO dates, plain numbers. XLSX
 * is for Excel: the same codes as text cells, so Excel cannot turn "12.10" into 12.1 or
 * drop the zero of "01270".
 */
public enum ExportFormat {

	CSV("csv", "text/csv;charset=UTF-8"),
	XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final String extension;

	private final String contentType;

	ExportFormat(String extension, String contentType) {
		this.extension = extension;
		this.contentType = contentType;
	}

	public String extension() {
		return extension;
	}

	public String contentType() {
		return contentType;
	}

	public static Optional<ExportFormat> byExtension(String extension) {
		return Arrays.stream(values()).filter(f -> f.extension.equals(extension)).findFirst();
	}

}
