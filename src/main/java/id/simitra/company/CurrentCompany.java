package id.simitra.company;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A controller parameter filled with the company the logged-in procurement staff works
 * for: its id ({@code Long}), its {@link CompanyView}, or either in an {@code Optional}
 * (empty before the profile is filled in). Without a profile a plain {@code Long} or view
 * parameter answers 403.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface CurrentCompany {

}
