package id.simitra.product.internal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.jspecify.annotations.Nullable;

import id.simitra.platform.BaseEntity;
import id.simitra.product.ProductData;
import id.simitra.product.ProductView;
import id.simitra.reference.Unit;
import id.simitra.reference.UnitKind;

@Entity
public class Product extends BaseEntity {

	@Column(name = "umkm_id", updatable = false)
	private Long umkmId;

	private String name;

	private @Nullable String description;

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

	protected Product() {
	}

	public Product(Long umkmId, ProductData data) {
		this.umkmId = umkmId;
		apply(data);
	}

	public void update(ProductData data) {
		apply(data);
	}

	private void apply(ProductData data) {
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
	}

	public ProductView toView(String kbliLabel) {
		return new ProductView(getId(), umkmId, name, description, kbliCode, kbliLabel, unit, monthlyCapacity,
				minimumOrder, priceMin, priceMax, getVersion());
	}

	public String getKbliCode() {
		return kbliCode;
	}

	public Long getUmkmId() {
		return umkmId;
	}

}
