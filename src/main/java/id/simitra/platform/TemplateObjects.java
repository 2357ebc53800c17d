package id.simitra.platform;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * The portal's helpers as Thymeleaf expression objects, {@code #fmt} (Formats),
 * {@code #viewer} (Viewer), {@code #pages} (PageNumbers) and {@code #counts} (Counts),
 * like Thymeleaf's own {@code #strings}. The same objects are beans ({@code @fmt},
 * {@code @viewer}), but SpEL cannot compile an expression with a bean reference: each
 * {@code ${@fmt.number(x)}} was interpreted, its method found and called by reflection on
 * every render, while {@code ${#fmt.number(x)}} is compiled after a hundred runs
 * (spring.thymeleaf.enable-spring-el-compiler; issue 12). Boot adds every dialect bean to
 * the template engine.
 */
@Component
class TemplateObjects extends AbstractDialect implements IExpressionObjectDialect {

	private static final Set<String> NAMES = Set.of("fmt", "viewer", "pages", "counts");

	private final Formats formats;

	private final Viewer viewer;

	private final PageNumbers.ForTemplates pages = new PageNumbers.ForTemplates();

	private final Counts counts;

	TemplateObjects(Formats formats, Viewer viewer, Counts counts) {
		super("simitra");
		this.counts = counts;
		this.formats = formats;
		this.viewer = viewer;
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {
			@Override
			public Set<String> getAllExpressionObjectNames() {
				return NAMES;
			}

			@Override
			public @Nullable Object buildObject(IExpressionContext context, String name) {
				return switch (name) {
					case "fmt" -> formats;
					case "viewer" -> viewer;
					case "pages" -> pages;
					case "counts" -> counts;
					default -> null;
				};
			}

			@Override
			public boolean isCacheable(String name) {
				// singletons; Viewer reads the security context on each call
				return true;
			}
		};
	}

}
