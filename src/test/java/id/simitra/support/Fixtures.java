package id.simitra.support;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.simitra.account.AccountService;
import id.simitra.account.Role;
import id.simitra.company.CompanyProfile;
import id.simitra.company.CompanyService;
import id.simitra.need.CertificateRequirements;
import id.simitra.need.NeedData;
import id.simitra.need.NeedService;
import id.simitra.product.ProductData;
import id.simitra.product.ProductService;
import id.simitra.reference.PartnershipPattern;
import id.simitra.reference.Unit;
import id.simitra.umkm.UmkmProfile;
import id.simitra.umkm.UmkmService;
import id.simitra.umkm.UmkmView;

/**
 * Object mother for database fixtures, built through the public services as the portal
 * does.
 */
@Component
public class Fixtures {

	private final AccountService accounts;

	private final UmkmService umkms;

	private final ProductService products;

	private final CompanyService companies;

	private final NeedService needs;

	private final JdbcClient jdbc;

	public Fixtures(AccountService accounts, UmkmService umkms, ProductService products, CompanyService companies,
			NeedService needs, JdbcClient jdbc) {
		this.accounts = accounts;
		this.umkms = umkms;
		this.products = products;
		this.companies = companies;
		this.needs = needs;
		this.jdbc = jdbc;
	}

	/**
	 * Waits until every event published so far has been handled: cross-module listeners
	 * (notifications, new-need alerts) run after commit in other threads, so a test that
	 * looks at their effects right after an action waits here first. A publication whose
	 * listener failed (status FAILED) is not waited for.
	 */
	public void awaitEventListeners() {
		Awaitility.await("event listeners")
			.atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(25))
			.until(() -> jdbc.sql("""
					select count(*) from event_publication
					where completion_date is null and status is distinct from 'FAILED'
					""").query(Long.class).single() == 0);
	}

	public Long company(String name, String regency) {
		return companies.saveProfile(account(Role.COMPANY), new CompanyProfile(name, null, "Uji", regency, null), null)
			.id();
	}

	public Long need(Long companyId, String title, String kbli, String quantity, Unit unit, String regency,
			Map<String, Boolean> certificates) {
		return need(companyId, title, kbli, quantity, unit, regency, CertificateRequirements.of(certificates));
	}

	/** A need with requirement groups (issue 15: alternatives within a group). */
	public Long need(Long companyId, String title, String kbli, String quantity, Unit unit, String regency,
			CertificateRequirements certificates) {
		return needs
			.create(companyId,
					new NeedData(title, title + " untuk uji", kbli, new BigDecimal(quantity), unit, regency,
							LocalDate.now().plusDays(30), PartnershipPattern.RANTAI_PASOK, certificates))
			.id();
	}

	/**
	 * A certificate row as an officer left it (status VERIFIED unless said otherwise).
	 */
	public void certificate(Long umkmId, String type, LocalDate expiresOn) {
		jdbc.sql("""
				insert into umkm_certificate (umkm_id, type_code, number, issued_on, expires_on, issuer, status)
				values (?, ?, 'ID1234567890', ?, ?, 'Uji', 'VERIFIED')
				""")
			.params(umkmId, type, (expiresOn == null ? LocalDate.now() : expiresOn).minusYears(3), expiresOn)
			.update();
	}

	public void verify(Long umkmId) {
		jdbc.sql("update umkm set verified_at = now() where id = ?").param(umkmId).update();
	}

	public Long account(Role role) {
		String email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@contoh.test";
		return accounts.create(email, WebSession.PASSWORD, "Uji " + role, role).id();
	}

	public String accountEmail(Role role) {
		String email = role.name().toLowerCase() + "-" + UUID.randomUUID() + "@contoh.test";
		accounts.create(email, WebSession.PASSWORD, "Uji " + role, role);
		return email;
	}

	/** The e-mail of an account made here (to log in as it). */
	public String accountEmailOf(Long accountId) {
		return accounts.find(accountId).orElseThrow().email();
	}

	/**
	 * An officer working for this province (null: none yet), as an administrator creates
	 * one.
	 */
	public String officerEmail(String provinceCode) {
		String email = "petugas-" + UUID.randomUUID() + "@contoh.test";
		accounts.createOfficer(email, WebSession.PASSWORD, "Uji OFFICER", provinceCode);
		return email;
	}

	public UmkmView umkm(String name, String regency, String... kbli) {
		return umkmOwnedBy(account(Role.UMKM), name, regency, kbli);
	}

	public UmkmView umkmOwnedBy(Long ownerId, String name, String regency, String... kbli) {
		return umkms.saveProfile(ownerId, new UmkmProfile(name, "Pemilik " + name, null, List.of(kbli), regency,
				"Jl. Uji 1", "081260001111", null, 300_000_000L, 800_000_000L), null);
	}

	public Long product(Long umkmId, String name, String kbli, Unit unit, String capacity) {
		return products
			.create(umkmId,
					new ProductData(name, name + " kualitas baik", kbli, unit, new BigDecimal(capacity), BigDecimal.ONE,
							10_000L, 20_000L))
			.id();
	}

	/**
	 * Dates a declined partnership {@code days} back. A shared test world declines one
	 * proposal and goes on proposing to the same UMKM; an old decline no longer holds the
	 * company back (partnership.DeclineCoolOff).
	 */
	public void ageDecline(Long partnershipId, int days) {
		jdbc.sql(
				"update partnership set updated_at = updated_at - make_interval(days => ?) where id = ? and status = 'DECLINED'")
			.params(days, partnershipId)
			.update();
	}

}
