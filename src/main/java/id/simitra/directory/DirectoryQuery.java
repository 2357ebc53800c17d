package id.simitra.directory;

/** Directory filters as they come from the URL; blank means "any". */
public record DirectoryQuery(String q, String regency, String kbli, int page) {

	public boolean hasText() {
		return q != null && !q.isBlank();
	}

}
