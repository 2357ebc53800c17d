package id.simitra.partnership;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partnership page builds two keys from the status ({@code status.X} and
 * {@code lifecycle.next.X}); a status added without them showed "??lifecycle.next.
 * FIRST_APPROVED_id??" to officers. Every status has both, in both languages.
 */
class LifecycleMessagesTest {

	@Test
	void everyStatusHasItsLabelAndNextStepInBothLanguages() throws IOException {
		for (String bundle : new String[] { "messages.properties", "messages_en.properties" }) {
			Properties messages = load(bundle);
			for (PartnershipStatus status : PartnershipStatus.values()) {
				assertThat(messages).as(bundle).containsKey("status." + status.name());
				assertThat(messages).as(bundle).containsKey("lifecycle.next." + status.name());
			}
		}
	}

	private static Properties load(String name) throws IOException {
		Properties p = new Properties();
		try (InputStream in = LifecycleMessagesTest.class.getClassLoader().getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return p;
	}

}
