package id.simitra.reference;

/**
 * Business size classes of PP 7/2021 article 35. Capital excludes land and buildings.
 * Boundaries are inclusive at the top of each class: Rp 1,000,000,000 of capital is still
 * mikro, one rupiah more is kecil.
 */
public enum SizeClass {

	MIKRO(1_000_000_000L, 2_000_000_000L), KECIL(5_000_000_000L, 15_000_000_000L),
	MENENGAH(10_000_000_000L, 50_000_000_000L), BESAR(Long.MAX_VALUE, Long.MAX_VALUE);

	private final long maxCapital;

	private final long maxAnnualSales;

	SizeClass(long maxCapital, long maxAnnualSales) {
		this.maxCapital = maxCapital;
		this.maxAnnualSales = maxAnnualSales;
	}

	/** The class by business capital: the criterion used at founding and registration. */
	public static SizeClass byCapital(long capital) {
		for (SizeClass c : values()) {
			if (capital <= c.maxCapital) {
				return c;
			}
		}
		return BESAR;
	}

	/** The class by annual sales: the criterion used for support programmes. */
	public static SizeClass byAnnualSales(long sales) {
		for (SizeClass c : values()) {
			if (sales <= c.maxAnnualSales) {
				return c;
			}
		}
		return BESAR;
	}

	public boolean isUmkm() {
		return this != BESAR;
	}

	public String messageKey() {
		return "sizeClass." + name();
	}

}
