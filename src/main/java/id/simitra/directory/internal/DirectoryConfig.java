package id.simitra.directory.internal;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;

/**
 * Caching for {@link DirectoryService#stats()}; the cache's size and lifetime are in
 * application.properties.
 */
@Configuration
@EnableCaching
class DirectoryConfig {

}
