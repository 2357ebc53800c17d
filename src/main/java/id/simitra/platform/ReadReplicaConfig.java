package id.simitra.platform;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Objects;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttributeSource;
import org.springframework.util.StringUtils;

/**
 * Read-only transactions on a PostgreSQL streaming replica, writes on the primary
 * (docs/scaling.md "Reads on a streaming replica"). Only when
 * {@code simitra.datasource.replica.url} is set (environment
 * {@code SIMITRA_DATASOURCE_REPLICA_URL}); without it nothing here exists and every
 * connection comes from Boot's one pool, as before. Not with the embedded database
 * either: it has no replica.
 * <ul>
 * <li>Boot's pool stays the primary; the {@code dataSource} bean is wrapped in Spring's
 * {@link LazyConnectionDataSourceProxy}, which takes the physical connection only at the
 * first statement, and then from the read-only data source of {@link ReadReplica} when
 * the transaction manager has marked the transaction read-only
 * ({@code @Transactional(readOnly = true)}), else from the primary. Everything else
 * (Flyway, sessions, event publications, plain JdbcClient calls outside a transaction,
 * read-write transactions) stays on the primary.</li>
 * <li>The replica's pool takes {@code spring.datasource.hikari.*} like the primary's (so
 * it too has more connections than Tomcat has request threads), then
 * {@code simitra.datasource.replica.hikari.*} on top; its own defaults: a 1 s connection
 * timeout (a replica that does not answer sends the read to the primary after 1 s, not 2
 * s) and no failure at start when the replica is down. User and password default to the
 * primary's (a physical replica has the same roles).</li>
 * <li>{@link ReadYourWrites} keeps a person who just wrote on the primary;
 * {@link ReadOnlyRetry} runs a read-only transaction again on the primary when the
 * replica fails under it.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ReadReplicaConfig.ReplicaConfigured.class)
class ReadReplicaConfig {

	static final String PREFIX = "simitra.datasource.replica";

	@Bean(destroyMethod = "close")
	ReadReplica readReplica(Environment environment) {
		Binder binder = Binder.get(environment);
		Duration maxLag = duration(environment, "max-lag", Duration.ofSeconds(3));
		Duration checkInterval = duration(environment, "check-interval", Duration.ofSeconds(1));
		Duration window = duration(environment, "read-your-writes", Duration.ofSeconds(5));
		if (window.compareTo(maxLag.plus(checkInterval)) < 0) {
			throw new IllegalStateException(PREFIX + ".read-your-writes (" + window + ") must be at least " + PREFIX
					+ ".max-lag + " + PREFIX + ".check-interval (" + maxLag.plus(checkInterval)
					+ "): else a person could read from a replica that does not have their write yet");
		}
		HikariConfig config = new HikariConfig();
		binder.bind("spring.datasource.hikari", Bindable.ofInstance(config));
		config.setConnectionTimeout(1000);
		config.setValidationTimeout(500);
		binder.bind(PREFIX + ".hikari", Bindable.ofInstance(config));
		config.setJdbcUrl(environment.getRequiredProperty(PREFIX + ".url"));
		config.setUsername(environment.getProperty(PREFIX + ".username",
				environment.getProperty("spring.datasource.username", "")));
		config.setPassword(environment.getProperty(PREFIX + ".password",
				environment.getProperty("spring.datasource.password", "")));
		config.setPoolName("simitra-replica");
		// Every connection read-only (the lazy proxy relies on the read-only pool for
		// that), and the portal starts while the replica is down: reads then go to the
		// primary.
		config.setReadOnly(true);
		config.setInitializationFailTimeout(-1);
		return new ReadReplica(new HikariDataSource(config), maxLag, checkInterval);
	}

	@Bean
	ReadYourWrites readYourWrites(Environment environment) {
		return new ReadYourWrites(duration(environment, "read-your-writes", Duration.ofSeconds(5)),
				environment.getProperty("server.servlet.session.cookie.secure", Boolean.class, false));
	}

	/**
	 * Wraps Boot's {@code dataSource} (after its properties are bound), as Boot's own
	 * {@code spring.datasource.connection-fetch=lazy} does; if that already wrapped it,
	 * only the read-only data source is added. Declared with its own type, which is
	 * {@link Ordered}: post-processors of that kind are made before the auto-proxy
	 * creator is in place, which would otherwise build every advisor while this one is
	 * created.
	 */
	@Bean
	static ReplicaDataSourcePostProcessor readReplicaDataSource(ObjectProvider<ReadReplica> replica) {
		return new ReplicaDataSourcePostProcessor(replica);
	}

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static Advisor readOnlyRetryAdvisor(ObjectProvider<ReadReplica> replica) {
		// Reads @Transactional as Spring's transaction advisor does (its own instance:
		// the bean would be needed while the auto-proxy creator looks at the very
		// configuration that defines it).
		TransactionAttributeSource transactionAttributes = new AnnotationTransactionAttributeSource(false);
		StaticMethodMatcherPointcut readOnlyTransactions = new StaticMethodMatcherPointcut() {

			@Override
			public boolean matches(Method method, Class<?> targetClass) {
				TransactionAttribute attribute = transactionAttributes.getTransactionAttribute(method, targetClass);
				return attribute != null && attribute.isReadOnly();
			}

		};
		readOnlyTransactions.setClassFilter(transactionAttributes::isCandidateClass);
		DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(readOnlyTransactions, new ReadOnlyRetry(replica));
		// Outside the transaction interceptor (LOWEST_PRECEDENCE): the retry starts a new
		// transaction.
		advisor.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
		return advisor;
	}

	private static Duration duration(Environment environment, String key, Duration fallback) {
		return environment.getProperty(PREFIX + "." + key, Duration.class, fallback);
	}

	static final class ReplicaDataSourcePostProcessor implements BeanPostProcessor, Ordered {

		private final ObjectProvider<ReadReplica> replica;

		ReplicaDataSourcePostProcessor(ObjectProvider<ReadReplica> replica) {
			this.replica = replica;
		}

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			if (!"dataSource".equals(beanName) || !(bean instanceof DataSource dataSource)) {
				return bean;
			}
			if (bean instanceof LazyConnectionDataSourceProxy lazy) {
				DataSource target = Objects.requireNonNull(lazy.getTargetDataSource(),
						"Boot's lazy proxy has a target");
				lazy.setReadOnlyDataSource(replica.getObject().readOnlyDataSource(target));
				return lazy;
			}
			LazyConnectionDataSourceProxy lazy = new LazyConnectionDataSourceProxy(dataSource);
			lazy.setReadOnlyDataSource(replica.getObject().readOnlyDataSource(dataSource));
			return lazy;
		}

		@Override
		public int getOrder() {
			// After Boot's lazy-fetch wrapper (order 0), should that be switched on too.
			return 1;
		}

	}

	/**
	 * A replica URL is set (not just present: an empty value from an unset variable
	 * counts as none), and the database is not the embedded one.
	 */
	static final class ReplicaConfigured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			Environment environment = context.getEnvironment();
			boolean embedded = environment instanceof ConfigurableEnvironment configurable
					&& configurable.getPropertySources().contains(EmbeddedDatabaseEnvironment.PROPERTY_SOURCE);
			return StringUtils.hasText(environment.getProperty(PREFIX + ".url")) && !embedded;
		}

	}

}
