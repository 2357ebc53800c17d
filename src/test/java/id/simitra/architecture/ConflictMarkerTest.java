package id.simitra.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No merge-conflict markers in what is committed. Two documentation pages once landed
 * with a merge's "<<<<<<< HEAD … >>>>>>> h4" in them: Markdown renders them as text, so
 * no other check noticed.
 */
class ConflictMarkerTest {

	private static final Pattern MARKER = Pattern.compile("^(<{7} |>{7} |={7}$)");

	@Test
	void noFileHasAMergeConflictMarker() {
		assertThat(markers(Path.of("."))).isEmpty();
	}

	@Test
	void aPlantedMarkerIsFound(@TempDir Path dir) throws IOException {
		Files.createDirectories(dir.resolve("docs"));
		Files.writeString(dir.resolve("docs/page.md"), "text\n<<<<<<< HEAD\nours\n=======\ntheirs\n>>>>>>> h4\n");
		assertThat(markers(dir)).containsExactly("docs/page.md:2", "docs/page.md:4", "docs/page.md:6");
	}

	static List<String> markers(Path root) {
		List<String> found = new ArrayList<>();
		for (String top : List.of("README.md", "docs", "src", "bench", "deploy", ".ci", "pom.xml")) {
			Path start = root.resolve(top);
			if (!Files.exists(start)) {
				continue;
			}
			try (Stream<Path> files = Files.walk(start)) {
				files.filter(Files::isRegularFile).sorted().forEach(file -> {
					try {
						List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
						for (int i = 0; i < lines.size(); i++) {
							if (MARKER.matcher(lines.get(i)).find()) {
								found.add(root.relativize(file).toString().replace('\\', '/') + ":" + (i + 1));
							}
						}
					}
					catch (MalformedInputException binary) {
						// images, fonts, PDFs: not text, no markers to find
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				});
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return found;
	}

}
