package id.simitra.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every form control comes from the fragment family in templates/fragments/forms.html: a
 * template outside fragments/ that writes an input, select or textarea (other than a
 * hidden input or a submit button), or a label, by hand fails this test. The fragments
 * keep label, hint, error message and the attributes tying them together (for/id,
 * aria-describedby, aria-invalid, is-invalid) the same on every form; a copied block
 * drifts.
 * <p>
 * The check reads the template text (a Thymeleaf call such as
 * {@code <div th:replace="~{fragments/forms :: text(...)}">} is not a control) and must
 * find the hand-written controls in a planted canary template.
 */
class FormControlsTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Path CANARY = Path.of("src/test/resources/form-controls-canary");

	/**
	 * A start tag with its attributes; quoted values may hold '>' (Thymeleaf expressions
	 * such as "${a > b}").
	 */
	private static final Pattern TAG = Pattern
		.compile("<(input|select|textarea|label)\\b((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>", Pattern.CASE_INSENSITIVE);

	private static final Pattern TYPE = Pattern.compile("(?:^|\\s)type\\s*=\\s*[\"']([^\"']*)[\"']",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern FRAGMENT_CALL = Pattern.compile("(?:^|\\s)(?:th|data-th):(?:replace|insert)\\s*=",
			Pattern.CASE_INSENSITIVE);

	@Test
	void noTemplateWritesAFormControlOutsideTheFragments() throws IOException {
		assertThat(violations(TEMPLATES)).as("form controls and labels written outside templates/fragments/ "
				+ "(use fragments/forms :: text, number, date, select, textarea, checkbox, radio, or the control fragments)")
			.isEmpty();
	}

	@Test
	void theCheckFindsTheHandWrittenControlsOfTheCanary() throws IOException {
		List<String> found = violations(CANARY);
		// label, text input, select and textarea; not the hidden version, the submit
		// button or the fragment call
		assertThat(found).hasSize(4)
			.anyMatch(v -> v.contains("<label"))
			.anyMatch(v -> v.contains("<input"))
			.anyMatch(v -> v.contains("<select"))
			.anyMatch(v -> v.contains("<textarea"));
		assertThat(found).noneMatch(v -> v.contains("hidden"));
	}

	/**
	 * "file:line: tag" for every hand-written control or label under root, skipping
	 * root/fragments/.
	 */
	static List<String> violations(Path root) throws IOException {
		List<String> found = new ArrayList<>();
		assertThat(root).isDirectory();
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
				if (root.relativize(file).startsWith("fragments")) {
					continue;
				}
				String html = Files.readString(file);
				Matcher tag = TAG.matcher(html);
				while (tag.find()) {
					if (isHandWritten(tag.group(1).toLowerCase(), tag.group(2))) {
						int line = 1 + (int) html.substring(0, tag.start()).chars().filter(c -> c == '\n').count();
						found.add(root.relativize(file) + ":" + line + ": "
								+ tag.group()
									.replaceAll("\\s+", " ")
									.substring(0, Math.min(120, tag.group().length())));
					}
				}
			}
		}
		return found;
	}

	private static boolean isHandWritten(String element, String attributes) {
		if (FRAGMENT_CALL.matcher(attributes).find()) {
			return false;
		}
		if (element.equals("input")) {
			Matcher type = TYPE.matcher(attributes);
			String kind = type.find() ? type.group(1).toLowerCase() : "text";
			// hidden fields (version, ids, CSRF) and buttons carry no label, hint or
			// error
			return !(kind.equals("hidden") || kind.equals("submit") || kind.equals("button") || kind.equals("reset"));
		}
		return true;
	}

}
