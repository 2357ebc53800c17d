package id.simitra.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A whole-rupiah amount on a form. People type "Rp 1.500.000" or "1.500.000": everything but digits is
 * ignored when binding, and the amount is shown back with dots between thousands.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
public @interface Rupiah {
}
