package id.simitra.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text has an Indonesian and an English version, and every key a template uses
 * exists.
 */
class I18nMessagesTest {

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][a-zA-Z0-9_.]*)[}(]");

	@Test
	void indonesianAndEnglishHaveTheSameKeys() throws IOException {
		assertThat(load("messages_en.properties").stringPropertyNames())
			.containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
	}

	@Test
	void everyKeyUsedInATemplateExists() throws IOException {
		Set<String> keys = load("messages.properties").stringPropertyNames();
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				Matcher m = TEMPLATE_KEY.matcher(Files.readString(file));
				while (m.find()) {
					if (!keys.contains(m.group(1))) {
						missing.add(file.getFileName() + ": " + m.group(1));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	/**
	 * A key written twice keeps only its last text, silently: two branches that each
	 * added the same key merged without a conflict and left two texts for one step.
	 */
	@Test
	void noKeyIsWrittenTwice() throws IOException {
		for (String name : List.of("messages.properties", "messages_en.properties")) {
			assertThat(duplicateKeys(Files.readAllLines(Path.of("src/main/resources", name)))).as(name).isEmpty();
		}
	}

	@Test
	void aKeyWrittenTwiceIsFound() {
		assertThat(duplicateKeys(List.of("# note", "a=1", "b=2 \\", "  a=continued", "b = 3", "", "c: 4")))
			.containsExactly("b");
	}

	/** Keys that start more than one entry (continuation lines and comments skipped). */
	static List<String> duplicateKeys(List<String> lines) {
		Set<String> seen = new HashSet<>();
		Set<String> twice = new TreeSet<>();
		boolean continued = false;
		for (String line : lines) {
			String trimmed = line.strip();
			boolean entry = !continued && !trimmed.isEmpty() && !trimmed.startsWith("#") && !trimmed.startsWith("!");
			if (entry) {
				String key = trimmed.split("\\s*[=:]", 2)[0].strip();
				if (!seen.add(key)) {
					twice.add(key);
				}
			}
			continued = (entry || continued) && endsWithOddBackslashes(line);
		}
		return List.copyOf(twice);
	}

	private static boolean endsWithOddBackslashes(String line) {
		int n = 0;
		for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
			n++;
		}
		return n % 2 == 1;
	}

	private static Properties load(String name) throws IOException {
		Properties p = new Properties();
		try (InputStream in = I18nMessagesTest.class.getResourceAsStream("/" + name)) {
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return p;
	}

}
