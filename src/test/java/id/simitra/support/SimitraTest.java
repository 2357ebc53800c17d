package id.simitra.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A full-stack test against the shared test PostgreSQL, with MockMvc. All such tests
 * share one context.
 * <p>
 * These tests keep the container's sessions: MockMvc carries a {@code MockHttpSession}
 * from one request to the next, while Spring Session JDBC replaces it with its own
 * session found through the SESSION cookie. The tests against a real server (RANDOM_PORT,
 * e.g. {@code SharedSessionTest}) run with the JDBC sessions of production.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
		properties = "spring.autoconfigure.exclude=org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
@Import(Fixtures.class)
public @interface SimitraTest {

}
