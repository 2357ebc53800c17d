package id.simitra.platform;

import java.io.File;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletContext;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health component "storage" (part of readiness): DOWN while the folder this instance's
 * Tomcat writes uploads to is missing, not writable or has less than
 * simitra.storage.min-free-upload-space free. Readiness then turns 503, so a proxy or
 * orchestrator sends people to another instance and the operators see it, rather than
 * only the people whose forms fail. PostgreSQL's own full disk is
 * {@link DatabaseStorageHealth}, outside readiness.
 */
@Component("storage")
class StorageHealth implements HealthIndicator {

	private final long minFreeBytes;

	private final ObjectProvider<MultipartConfigElement> multipart;

	private final ObjectProvider<ServletContext> servletContext;

	StorageHealth(
			@Value("${simitra.storage.min-free-upload-space:100MB}") org.springframework.util.unit.DataSize minFree,
			ObjectProvider<MultipartConfigElement> multipart, ObjectProvider<ServletContext> servletContext) {
		this.minFreeBytes = minFree.toBytes();
		this.multipart = multipart;
		this.servletContext = servletContext;
	}

	@Override
	public Health health() {
		String uploads = uploadFolderProblem();
		if (uploads != null) {
			return Health.down().withDetail("uploads", uploads).build();
		}
		return Health.up().build();
	}

	/**
	 * What is wrong with the upload folder, or null: Tomcat writes every uploaded file
	 * there before we read it.
	 */
	@Nullable String uploadFolderProblem() {
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

	/**
	 * spring.servlet.multipart.location, relative to the server's temporary folder, which
	 * is also the default.
	 */
	private @Nullable File uploadFolder() {
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
