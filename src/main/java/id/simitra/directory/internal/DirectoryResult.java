package id.simitra.directory.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

import id.simitra.platform.PageView;

/**
 * A page of results. {@code totalCapped}: more results exist than were counted
 * ({@link DirectoryService#COUNT_CAP}); facets are only computed when the total is exact.
 */
public record DirectoryResult(PageView<DirectoryEntry> page, boolean totalCapped, List<String> expandedWords,
		Facets facets) {

	public record Facets(List<Count> sizeClasses, List<Count> certificates, List<Count> regencies, long verified) {

		public static final Facets NONE = new Facets(List.of(), List.of(), List.of(), 0);

		public boolean isEmpty() {
			return sizeClasses.isEmpty() && certificates.isEmpty() && regencies.isEmpty();
		}

	}

	public record Count(String value, @Nullable String label, long count) {
	}

}
