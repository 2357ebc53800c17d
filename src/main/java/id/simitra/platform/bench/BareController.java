package id.simitra.platform.bench;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The yardstick of the framework-ratio benchmark (issue 12): the cheapest page Spring
 * MVC, Spring Security, the session filter, JdbcClient and Thymeleaf can serve together,
 * one indexed query and a tiny template without the layout. Pages are measured against it
 * in the same JVM and the same run (docs/scaling.md). It exists only with the profile
 * {@code bench}: never in the product, where /bench/bare is an unknown URL (404,
 * BenchPageTest).
 */
@Controller
@Profile("bench")
class BareController {

	/** Kota Medan: a regency every database has (reference data). */
	private static final String REGENCY = "12.71";

	private final JdbcClient jdbc;

	BareController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/bench/bare")
	String bare(Model model) {
		model.addAttribute("name",
				jdbc.sql("select name from region where code = ?").param(REGENCY).query(String.class).single());
		return "bench/bare";
	}

}
