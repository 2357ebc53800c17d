package id.simitra.account.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

import id.simitra.account.AccountView;
import id.simitra.account.Role;

@Entity
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String email;

	@Column(name = "password_hash")
	private String passwordHash;

	@Column(name = "display_name")
	private String displayName;

	@Enumerated(EnumType.STRING)
	private Role role;

	private boolean enabled = true;

	/**
	 * Officers only: the province (Kemendagri code, e.g. "12") whose partnerships they
	 * review.
	 */
	@Column(name = "province_code")
	private @Nullable String provinceCode;

	/** 'id' or 'en' as chosen on the account page; null when never chosen. */
	private @Nullable String language;

	@Column(name = "created_at", insertable = false, updatable = false)
	private @Nullable Instant createdAt;

	@Version
	private long version;

	protected Account() {
	}

	public Account(String email, String passwordHash, String displayName, Role role) {
		this.email = email;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.role = role;
	}

	public Long getId() {
		return id;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public @Nullable String getLanguage() {
		return language;
	}

	public void setLanguage(@Nullable String language) {
		this.language = language;
	}

	public String getPasswordHash() {
		return passwordHash;
	}

	public void setPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public String getDisplayName() {
		return displayName;
	}

	public Role getRole() {
		return role;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public @Nullable String getProvinceCode() {
		return provinceCode;
	}

	public void setProvinceCode(@Nullable String provinceCode) {
		this.provinceCode = provinceCode;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	@Nullable Instant getCreatedAt() {
		return createdAt;
	}

	public AccountView toView() {
		return new AccountView(id, email, displayName, role, enabled, createdAt, provinceCode);
	}

}
