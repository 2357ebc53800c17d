package id.simitra.platform;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.cache.concurrent.ConcurrentMapCacheManager;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one line a newcomer waits for, said once everything that runs at start-up (the demo
 * data) is done, and no figure cached while the database was still empty survives it
 * (issue 16).
 */
@ExtendWith(OutputCaptureExtension.class)
class ReadyAnnouncementTest {

	@Test
	void emptiesTheCachesAndSaysTheDemoIsReady(CapturedOutput output) {
		ConcurrentMapCacheManager caches = new ConcurrentMapCacheManager("directoryStats");
		caches.getCache("directoryStats").put("home", "0 UMKM");
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles("demo");
		try (GenericApplicationContext context = new GenericApplicationContext()) {
			context.refresh();
			new ReadyAnnouncement(caches, environment)
				.announce(new ApplicationReadyEvent(new SpringApplication(), new String[0], context, Duration.ZERO));
		}
		assertThat(caches.getCache("directoryStats").get("home")).isNull();
		assertThat(output).contains("Simitra siap: (tanpa server web) (data demo dimuat)");
	}

	@Test
	void saysNothingOfDemoDataOutsideTheDemo(CapturedOutput output) {
		try (GenericApplicationContext context = new GenericApplicationContext()) {
			context.refresh();
			new ReadyAnnouncement(new ConcurrentMapCacheManager(), new MockEnvironment())
				.announce(new ApplicationReadyEvent(new SpringApplication(), new String[0], context, Duration.ZERO));
		}
		assertThat(output).contains("Simitra siap: ").doesNotContain("data demo");
	}

}
