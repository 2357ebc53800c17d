package id.simitra.matching;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a need's title that carry meaning. PostgreSQL's {@code indonesian} configuration has a
 * stemmer but no stop-word list, so common function words ("untuk", "dan") and units are dropped here,
 * before stemming, or every product would match them.
 */
final class SearchTerms {

	private static final Set<String> STOP_WORDS = Set.of("dan", "atau", "untuk", "dengan", "yang", "di", "ke", "dari",
			"per", "pada", "dalam", "bagi", "oleh", "ini", "itu", "serta", "juga", "se", "para", "sebagai", "akan",
			"tiap", "setiap", "bulan", "bulanan", "minggu", "mingguan", "hari", "harian", "tahun", "kebutuhan",
			"pengadaan", "pasokan", "supplier", "pemasok", "kg", "ton", "liter", "pcs", "unit", "buah", "paket",
			"the", "and", "for", "of");

	private SearchTerms() {
	}

	static List<String> words(String title) {
		if (title == null) {
			return List.of();
		}
		Set<String> words = new LinkedHashSet<>();
		Arrays.stream(title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
			.filter(w -> w.length() >= 3 && !STOP_WORDS.contains(w) && !w.chars().allMatch(Character::isDigit))
			.forEach(words::add);
		return List.copyOf(words);
	}

}
