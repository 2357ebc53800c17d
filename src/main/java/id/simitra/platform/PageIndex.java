package id.simitra.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A controller parameter that receives the zero-based index of the page asked for by the
 * URL's {@code ?halaman=} (which counts from 1, like the open-data feed). An {@code int}
 * parameter gets 0 (the first page) when the URL names no page or an unusable one; an
 * {@code Integer} parameter gets null then (e.g. "the newest messages"). The conversion
 * is {@link PageNumbers}; links are written with {@code #pages.number(index)}.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PageIndex {

}
