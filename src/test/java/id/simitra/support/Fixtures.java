package id.simitra.support;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import id.simitra.account.AccountService;
import id.simitra.account.Role;
import id.simitra.product.ProductData;
import id.simitra.product.ProductService;
import id.simitra.umkm.UmkmProfile;
import id.simitra.umkm.UmkmService;
import id.simitra.umkm.UmkmView;
import id.simitra.shared.Unit;

/** Object mother for database fixtures, built through the public services as the portal does. */
@Component
public class Fixtures {

	private final AccountService accounts;

	private final UmkmService umkms;

	private final ProductService products;

	public Fixtures(AccountService accounts, UmkmService umkms, ProductService products) {
		this.accounts = accounts;
		this.umkms = umkms;
		this.products = products;
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

	public UmkmView umkm(String name, String regency, String... kbli) {
		return umkmOwnedBy(account(Role.UMKM), name, regency, kbli);
	}

	public UmkmView umkmOwnedBy(Long ownerId, String name, String regency, String... kbli) {
		return umkms.saveProfile(ownerId, new UmkmProfile(name, "Pemilik " + name, null, List.of(kbli), regency,
				"Jl. Uji 1", "081260001111", null, 300_000_000L, 800_000_000L), null);
	}

	public Long product(Long umkmId, String name, String kbli, Unit unit, String capacity) {
		return products.create(umkmId, new ProductData(name, name + " kualitas baik", kbli, unit, new BigDecimal(capacity),
				BigDecimal.ONE, 10_000L, 20_000L)).id();
	}

}
