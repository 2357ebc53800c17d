package id.simitra.web;

import java.io.File;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletContext;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Health component "storage" (part of readiness): OUT_OF_SERVICE for a while after PostgreSQL said its disk is full
 * (nothing tells us when space is back short of writing, so the flag lasts simitra.storage.full-alert, 10 minutes by
 * default, and each new failure renews it), DOWN while the folder Tomcat writes uploads to is missing, not writable or
 * has less than simitra.storage.min-free-upload-space free. Readiness then turns 503, so a proxy or orchestrator and the
 * operators see it, rather than only the people whose forms fail.
 */
@Component("storage")
class StorageHealth implements HealthIndicator {

	private final Clock clock;

	private final Duration alertFor;

	private final long minFreeBytes;

	private final ObjectProvider<MultipartConfigElement> multipart;

	private final ObjectProvider<ServletContext> servletContext;

	private final AtomicReference<Instant> lastFull = new AtomicReference<>();

	StorageHealth(Clock clock, @Value("${simitra.storage.full-alert:10m}") Duration alertFor,
			@Value("${simitra.storage.min-free-upload-space:100MB}") org.springframework.util.unit.DataSize minFree,
			ObjectProvider<MultipartConfigElement> multipart, ObjectProvider<ServletContext> servletContext) {
		this.clock = clock;
		this.alertFor = alertFor;
		this.minFreeBytes = minFree.toBytes();
		this.multipart = multipart;
		this.servletContext = servletContext;
	}

	/** PostgreSQL refused a write for lack of space. */
	void full() {
		lastFull.set(clock.instant());
	}

	/** Forget the last disk-full error (tests, which share one application). */
	void clear() {
		lastFull.set(null);
	}

	@Override
	public Health health() {
		String uploads = uploadFolderProblem();
		if (uploads != null) {
			return Health.down().withDetail("uploads", uploads).build();
		}
		Instant full = lastFull.get();
		if (full != null && clock.instant().isBefore(full.plus(alertFor))) {
			return Health.status(Status.OUT_OF_SERVICE).withDetail("database", "disk full since " + full).build();
		}
		return Health.up().build();
	}

	/** What is wrong with the upload folder, or null: Tomcat writes every uploaded file there before we read it. */
	String uploadFolderProblem() {
		File folder = uploadFolder();
		if (folder == null) {
			return null;
		}
		if (!folder.isDirectory()) {
			return "upload folder " + folder + " does not exist";
		}
		if (!folder.canWrite()) {
			return "upload folder " + folder + " is not writable";
		}
		long free = folder.getUsableSpace();
		if (free < minFreeBytes) {
			return "upload folder " + folder + " has only " + free / (1024 * 1024) + " MB free";
		}
		return null;
	}

	/** spring.servlet.multipart.location, relative to the server's temporary folder, which is also the default. */
	private File uploadFolder() {
		ServletContext context = servletContext.getIfAvailable();
		File temp = context == null ? null : (File) context.getAttribute(ServletContext.TEMPDIR);
		MultipartConfigElement config = multipart.getIfAvailable();
		String location = config == null ? null : config.getLocation();
		if (location == null || location.isBlank()) {
			return temp;
		}
		File folder = new File(location);
		return folder.isAbsolute() || temp == null ? folder : new File(temp, location);
	}

}
