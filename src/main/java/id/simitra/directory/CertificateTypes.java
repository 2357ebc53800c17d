package id.simitra.directory;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The certificate kinds people can filter by, read from the reference table on each request (a few rows). */
@Component
class CertificateTypes {

	private final JdbcClient jdbc;

	CertificateTypes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Type> all() {
		boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
		return jdbc.sql("select code, name, name_en from certificate_type where active order by sort_order, code")
			.query((rs, n) -> new Type(rs.getString(1), english ? rs.getString(3) : rs.getString(2)))
			.list();
	}

	Set<String> codes() {
		return all().stream().map(Type::code).collect(Collectors.toSet());
	}

	String name(String code) {
		return all().stream().filter(t -> t.code().equals(code)).map(Type::name).findFirst().orElse(code.toUpperCase(Locale.ROOT));
	}

	record Type(String code, String name) {
	}

}
