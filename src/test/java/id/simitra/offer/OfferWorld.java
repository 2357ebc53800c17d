package id.simitra.offer;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import id.simitra.account.Role;
import id.simitra.account.SimitraUser;
import id.simitra.company.CompanyProfile;
import id.simitra.company.CompanyService;
import id.simitra.need.NeedData;
import id.simitra.need.NeedService;
import id.simitra.reference.PartnershipPattern;
import id.simitra.reference.Unit;
import id.simitra.support.Fixtures;
import id.simitra.support.WebSession;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Companies with needs and UMKM with profiles, logged in through the web layer, for the
 * offer tests.
 */
final class OfferWorld {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	static final byte[] TEXT = "Ini daftar harga, tapi sebenarnya teks biasa.\n".getBytes(StandardCharsets.UTF_8);

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final CompanyService companies;

	private final NeedService needs;

	private final JdbcClient jdbc;

	OfferWorld(MockMvc mvc, Fixtures fixtures, CompanyService companies, NeedService needs, JdbcClient jdbc) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.companies = companies;
		this.needs = needs;
		this.jdbc = jdbc;
	}

	record Company(MockHttpSession session, Long accountId, Long id, String name) {
	}

	record Umkm(MockHttpSession session, Long accountId, Long id, String name) {
	}

	Company company(String name, String address) throws Exception {
		MockHttpSession session = WebSession.login(mvc, fixtures.accountEmail(Role.COMPANY), WebSession.PASSWORD);
		Long accountId = accountId(session);
		Long id = companies.saveProfile(accountId, new CompanyProfile(name, null, "Pangan", "12.71", address), null)
			.id();
		return new Company(session, accountId, id, name);
	}

	/** A need for 2 ton of ground coffee a month in Medan, open for 30 days. */
	Long need(Company company, String title) {
		return needs
			.create(company.id(),
					new NeedData(title, "Pasokan rutin untuk pabrik kami", "10761", new BigDecimal("2"), Unit.TON,
							"12.71", LocalDate.now().plusDays(30), PartnershipPattern.RANTAI_PASOK))
			.id();
	}

	/** An UMKM in Medan with coffee as its KBLI, so it is a candidate in the ranking. */
	Umkm umkm(String name) throws Exception {
		MockHttpSession session = WebSession.login(mvc, fixtures.accountEmail(Role.UMKM), WebSession.PASSWORD);
		Long accountId = accountId(session);
		String unique = name + " " + UUID.randomUUID().toString().substring(0, 6);
		Long id = fixtures.umkmOwnedBy(accountId, unique, "12.71", "10761").id();
		return new Umkm(session, accountId, id, unique);
	}

	/**
	 * A fresh account of this role; an officer works for North Sumatra, where this
	 * world's UMKM are.
	 */
	MockHttpSession login(Role role) throws Exception {
		String email = role == Role.OFFICER ? fixtures.officerEmail("12") : fixtures.accountEmail(role);
		return WebSession.login(mvc, email, WebSession.PASSWORD);
	}

	/**
	 * The offer form filled in sensibly (500 kg a month at Rp 45.000 per kg, 7 days,
	 * valid 14 days), with {@code overrides} as field/value pairs.
	 */
	static MockMultipartHttpServletRequestBuilder offerForm(String url, Long id, String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("quantity", "500");
		fields.put("unit", "KG");
		fields.put("unitPrice", "45.000");
		fields.put("leadTimeDays", "7");
		fields.put("validUntil", LocalDate.now().plusDays(14).toString());
		fields.put("note", "Kopi robusta giling halus");
		for (int i = 0; i + 1 < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockMultipartHttpServletRequestBuilder request = multipart(url, id);
		fields.forEach(request::param);
		request.with(csrf());
		return request;
	}

	static MockMultipartFile file(String name, byte[] bytes) {
		return new MockMultipartFile("attachment", name, "application/pdf", bytes);
	}

	Long offerId(Long needId, Long umkmId) {
		return jdbc.sql("select id from offer where need_id = :need and umkm_id = :umkm order by id desc limit 1")
			.param("need", needId)
			.param("umkm", umkmId)
			.query(Long.class)
			.single();
	}

	String status(Long offerId) {
		return jdbc.sql("select status from offer where id = :id").param("id", offerId).query(String.class).single();
	}

	Long threadId(Long needId, Long umkmId) {
		return jdbc.sql("select id from conversation where need_id = :need and umkm_id = :umkm")
			.param("need", needId)
			.param("umkm", umkmId)
			.query(Long.class)
			.single();
	}

	static Long accountId(MockHttpSession session) {
		SecurityContext context = (SecurityContext) session.getAttribute("SPRING_SECURITY_CONTEXT");
		return ((SimitraUser) context.getAuthentication().getPrincipal()).accountId();
	}

}
