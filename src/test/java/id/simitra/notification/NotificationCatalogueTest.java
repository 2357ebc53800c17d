package id.simitra.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue in code ({@link NotificationKind}) and the "Notifications" table of
 * docs/notification.md say the same: every kind has a row, with its Indonesian and
 * English text as the message files have them and its link; every kind has its text and
 * its settings label in both languages, and no two kinds share a text.
 */
class NotificationCatalogueTest {

	@Test
	void theReadmeTableIsTheCatalogue() throws IOException {
		assertThat(problems(Files.readString(Path.of("docs/notification.md")), load("messages.properties"),
				load("messages_en.properties")))
			.isEmpty();
	}

	@Test
	void aKindMissingFromTheReadmeOrAChangedTextIsReported() throws IOException {
		String readme = Files.readString(Path.of("docs/notification.md"));
		String withoutARow = readme.replaceFirst("(?m)^\\| `MESSAGE_RECEIVED` \\|.*\\n", "");
		String changedText = readme.replace("Pesan baru dari {0}", "Ada pesan dari {0}");
		Properties id = load("messages.properties");
		Properties en = load("messages_en.properties");
		assertThat(problems(withoutARow, id, en)).anyMatch(p -> p.contains("MESSAGE_RECEIVED"));
		assertThat(problems(changedText, id, en)).anyMatch(p -> p.contains("MESSAGE_RECEIVED"));
	}

	@Test
	void everyKindHasItsOwnTextAndALabelInBothLanguages() throws IOException {
		for (Properties messages : List.of(load("messages.properties"), load("messages_en.properties"))) {
			for (NotificationKind kind : NotificationKind.values()) {
				assertThat(messages.getProperty(kind.messageKey())).as(kind.messageKey()).isNotBlank();
				assertThat(messages.getProperty(kind.labelKey())).as(kind.labelKey()).isNotBlank();
			}
			for (NotificationKind.Topic topic : NotificationKind.Topic.values()) {
				assertThat(messages.getProperty("notification.topic." + topic.name())).isNotBlank();
			}
		}
		assertThat(Arrays.stream(NotificationKind.values()).map(NotificationKind::messageKey).distinct())
			.hasSize(NotificationKind.values().length);
	}

	/**
	 * What differs between docs/notification.md's table and the catalogue, one line each.
	 */
	static List<String> problems(String readme, Properties id, Properties en) {
		int start = readme.indexOf("\n## Notifications\n");
		assertThat(start).as("docs/notification.md section Notifications").isNotNegative();
		int end = readme.indexOf("\n## ", start + 1);
		String section = readme.substring(start, end < 0 ? readme.length() : end);
		Map<String, String[]> rows = section.lines()
			.filter(l -> l.startsWith("| `"))
			.map(l -> Arrays.stream(l.split("\\|")).map(String::strip).toArray(String[]::new))
			.collect(Collectors.toMap(cells -> cells[1].replace("`", ""), Function.identity(), (a, b) -> a));
		List<String> problems = new ArrayList<>();
		Set<String> kinds = new TreeSet<>();
		for (NotificationKind kind : NotificationKind.values()) {
			kinds.add(kind.name());
			String[] cells = rows.get(kind.name());
			if (cells == null) {
				problems.add(kind.name() + ": no row in docs/notification.md");
				continue;
			}
			// | kind | raised by | who | text id | text en | link |
			check(problems, kind, "Indonesian text", cells[4], id.getProperty(kind.messageKey()));
			check(problems, kind, "English text", cells[5], en.getProperty(kind.messageKey()));
			check(problems, kind, "link", cells[6].replace("`", ""), kind.linkPattern());
			if (cells[3].isBlank()) {
				problems.add(kind.name() + ": nobody receives it?");
			}
		}
		rows.keySet()
			.stream()
			.filter(k -> !kinds.contains(k))
			.forEach(k -> problems.add(k + ": in docs/notification.md, not in NotificationKind"));
		return problems;
	}

	private static void check(List<String> problems, NotificationKind kind, String what, String readme, String code) {
		if (!readme.equals(code.replace("|", "/"))) {
			problems.add(kind.name() + ": " + what + " in docs/notification.md is \"" + readme + "\", in code \"" + code
					+ "\"");
		}
	}

	private static Properties load(String name) throws IOException {
		Properties p = new Properties();
		try (InputStream in = NotificationCatalogueTest.class.getResourceAsStream("/" + name)) {
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return p;
	}

}
