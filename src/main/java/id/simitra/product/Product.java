package id.simitra.product;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import id.simitra.shared.Unit;
import id.simitra.shared.UnitKind;

@Entity
class Product {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "umkm_id", updatable = false)
	private Long umkmId;

	private String name;

	private String description;

	@Column(name = "kbli_code")
	private String kbliCode;

	@Enumerated(EnumType.STRING)
	private Unit unit;

	@Enumerated(EnumType.STRING)
	@Column(name = "unit_kind")
	private UnitKind unitKind;

	@Column(name = "monthly_capacity")
	private BigDecimal monthlyCapacity;

	@Column(name = "capacity_base")
	private BigDecimal capacityBase;

	@Column(name = "minimum_order")
	private BigDecimal minimumOrder;

	@Column(name = "price_min")
	private long priceMin;

	@Column(name = "price_max")
	private long priceMax;

	@Column(name = "created_at", updatable = false)
	private Instant createdAt = Instant.now();

	@Column(name = "updated_at")
	private Instant updatedAt = Instant.now();

	@Version
	private long version;

	protected Product() {
	}

	Product(Long umkmId) {
		this.umkmId = umkmId;
	}

	void update(ProductData data) {
		this.name = data.name();
		this.description = data.description();
		this.kbliCode = data.kbliCode();
		this.unit = data.unit();
		this.unitKind = data.unit().kind();
		this.monthlyCapacity = data.monthlyCapacity();
		this.capacityBase = data.unit().toBase(data.monthlyCapacity());
		this.minimumOrder = data.minimumOrder();
		this.priceMin = data.priceMin();
		this.priceMax = data.priceMax();
		this.updatedAt = Instant.now();
	}

	ProductView toView(String kbliLabel) {
		return new ProductView(id, umkmId, name, description, kbliCode, kbliLabel, unit, monthlyCapacity, minimumOrder,
				priceMin, priceMax, version);
	}

	Long getId() {
		return id;
	}

	Long getUmkmId() {
		return umkmId;
	}

	long getVersion() {
		return version;
	}

}
