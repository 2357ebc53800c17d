package id.simitra.umkm.internal;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;

import org.jspecify.annotations.Nullable;

import id.simitra.platform.BaseEntity;
import id.simitra.reference.SizeClass;
import id.simitra.umkm.UmkmProfile;
import id.simitra.umkm.UmkmService;

@Entity
public class Umkm extends BaseEntity {

	@Column(name = "owner_id", updatable = false)
	private Long ownerId;

	@Column(name = "business_name")
	private String businessName;

	@Column(name = "owner_name")
	private String ownerName;

	private @Nullable String nib;

	@Column(name = "regency_code")
	private String regencyCode;

	private String address;

	private String phone;

	private @Nullable String description;

	@Column(name = "business_capital")
	private long businessCapital;

	@Column(name = "annual_sales")
	private long annualSales;

	@Enumerated(EnumType.STRING)
	@Column(name = "size_class")
	private SizeClass sizeClass;

	@Enumerated(EnumType.STRING)
	@Column(name = "size_class_by_sales")
	private SizeClass sizeClassBySales;

	@ElementCollection
	@CollectionTable(name = "umkm_kbli", joinColumns = @JoinColumn(name = "umkm_id"))
	@Column(name = "kbli_code")
	@OrderBy
	private Set<String> kbliCodes = new LinkedHashSet<>();

	/**
	 * Set by an officer (see UmkmService.verifyIdentity), cleared when the identity it
	 * vouched for changes.
	 */
	@Column(name = "verified_at")
	private @Nullable Instant verifiedAt;

	@Column(name = "verified_by")
	private @Nullable Long verifiedBy;

	protected Umkm() {
	}

	public Umkm(Long ownerId, UmkmProfile profile) {
		this.ownerId = ownerId;
		apply(profile);
	}

	public void update(UmkmProfile profile) {
		apply(profile);
	}

	private void apply(UmkmProfile profile) {
		boolean identityChanged = !Objects.equals(businessName, profile.businessName())
				|| !Objects.equals(ownerName, profile.ownerName()) || !Objects.equals(nib, profile.nib());
		if (identityChanged) {
			this.verifiedAt = null;
			this.verifiedBy = null;
		}
		this.businessName = profile.businessName();
		this.ownerName = profile.ownerName();
		this.nib = profile.nib();
		this.regencyCode = profile.regencyCode();
		this.address = profile.address();
		this.phone = profile.phone();
		this.description = profile.description();
		this.businessCapital = profile.businessCapital();
		this.annualSales = profile.annualSales();
		this.sizeClass = SizeClass.byCapital(profile.businessCapital());
		this.sizeClassBySales = SizeClass.byAnnualSales(profile.annualSales());
		this.kbliCodes.clear();
		this.kbliCodes.addAll(profile.kbliCodes());
	}

	public Long getOwnerId() {
		return ownerId;
	}

	public String getBusinessName() {
		return businessName;
	}

	public String getOwnerName() {
		return ownerName;
	}

	public @Nullable String getNib() {
		return nib;
	}

	public String getRegencyCode() {
		return regencyCode;
	}

	public String getAddress() {
		return address;
	}

	public String getPhone() {
		return phone;
	}

	public @Nullable String getDescription() {
		return description;
	}

	public long getBusinessCapital() {
		return businessCapital;
	}

	public long getAnnualSales() {
		return annualSales;
	}

	public SizeClass getSizeClass() {
		return sizeClass;
	}

	public SizeClass getSizeClassBySales() {
		return sizeClassBySales;
	}

	public Set<String> getKbliCodes() {
		return kbliCodes;
	}

}
