package id.simitra.platform;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Thymeleaf's caches sized for this portal. Its expression cache keeps every parsed
 * attribute value and SpEL expression (and, with
 * spring.thymeleaf.enable-spring-el-compiler, its compiled class); Thymeleaf's default of
 * 500 entries is less than a third of the distinct expressions in our templates (about
 * 1,600 attribute values and as many expressions inside them), so under a mix of pages
 * they pushed each other out and were parsed, and compiled, again and again (issue 12).
 * The parsed templates (about 120 with their fragments) fit Thymeleaf's default of 200.
 */
@Configuration
class ThymeleafConfig {

	static final int EXPRESSION_CACHE_SIZE = 10_000;

	// static: a post-processor is created before the other beans of this configuration
	@Bean
	static BeanPostProcessor thymeleafCaches() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof SpringTemplateEngine engine) {
					StandardCacheManager caches = new StandardCacheManager();
					caches.setExpressionCacheMaxSize(EXPRESSION_CACHE_SIZE);
					engine.setCacheManager(caches);
				}
				return bean;
			}
		};
	}

}
