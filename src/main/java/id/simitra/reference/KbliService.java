package id.simitra.reference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The KBLI 2020 classification. Read once and kept in memory (2,707 rows); OSS licenses
 * at the five-digit subclass level, so that is what profiles, products and needs pick.
 */
@Service
public class KbliService {

	public static final String VERSION = "2020";

	private static final Pattern LEADING_CODE = Pattern.compile("^\\s*([A-Za-z]|[0-9]{2,5})\\b");

	private final JdbcClient jdbc;

	private volatile @Nullable Map<String, Kbli> byCode;

	KbliService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Kbli> find(String code) {
		return Optional.ofNullable(code).map(c -> load().get(c));
	}

	public String title(String code) {
		return find(code).map(Kbli::title).orElse(code);
	}

	/** Subclasses for the picker, each shown as "10761 — Industri Pengolahan Kopi". */
	public List<Kbli> subclasses() {
		return load().values().stream().filter(k -> k.level().equals("subclass")).toList();
	}

	/** Codes people can filter the directory by: every level from section to subclass. */
	public List<Kbli> all() {
		return List.copyOf(load().values());
	}

	/**
	 * Reads a code from what the picker sent ("10761 — Industri Pengolahan Kopi", or just
	 * "10761"). Empty when it names no subclass.
	 */
	public Optional<String> parseSubclass(String input) {
		return parseCode(input).filter(c -> find(c).map(k -> k.level().equals("subclass")).orElse(false));
	}

	/**
	 * Like {@link #parseSubclass} but any level (section letter, division, group, class,
	 * subclass).
	 */
	public Optional<String> parseCode(String input) {
		if (input == null) {
			return Optional.empty();
		}
		Matcher m = LEADING_CODE.matcher(input);
		if (!m.find()) {
			return Optional.empty();
		}
		String code = m.group(1).toUpperCase(Locale.ROOT);
		return find(code).map(Kbli::code);
	}

	public String label(String code) {
		return find(code).map(Kbli::label).orElse(code == null ? "" : code);
	}

	private Map<String, Kbli> load() {
		Map<String, Kbli> loaded = byCode;
		if (loaded == null) {
			synchronized (this) {
				if (byCode == null) {
					Map<String, Kbli> map = new LinkedHashMap<>();
					jdbc.sql(
							"select code, level, section, parent_code, title from kbli where version = ? order by code")
						.param(VERSION)
						.query((rs, n) -> new Kbli(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
								rs.getString(5)))
						.list()
						.forEach(k -> map.put(k.code(), k));
					byCode = map;
				}
				loaded = byCode;
			}
		}
		return loaded;
	}

	public record Kbli(String code, String level, String section, String parentCode, String title) {

		public String label() {
			return code + " — " + title;
		}

	}

}
