package id.simitra.directory.internal;

import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How common each directory filter value is: the share of UMKM whose search document
 * holds its lexeme (umkm's published {@code umkm_filter_frequency()}, from the planner's
 * statistics), read again every few minutes. Values not listed are rarer than the least
 * common one listed. {@link DirectoryService} checks a value most UMKM hold on each
 * candidate row instead of through the document index; either way the answer is the same,
 * only the work differs.
 */
@Component
class FilterFrequencies {

	private static final Duration KEPT = Duration.ofMinutes(10);

	private final JdbcClient jdbc;

	private volatile @Nullable Known known;

	FilterFrequencies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Map<String, Float> get() {
		Known current = this.known;
		long now = System.nanoTime();
		if (current == null || now - current.readAt() > KEPT.toNanos()) {
			Map<String, Float> read = new HashMap<>();
			this.jdbc.sql("select lexeme, frequency from umkm_filter_frequency()").query((ResultSet rs) -> {
				read.put(rs.getString(1), rs.getFloat(2));
			});
			current = new Known(Map.copyOf(read), now);
			this.known = current;
		}
		return current.frequencies();
	}

	private record Known(Map<String, Float> frequencies, long readAt) {
	}

}
