package id.simitra.umkm.internal;

/**
 * What large-company supply chains ask of a supplier, with the weight of each in the
 * "siap naik kelas" score. The weights add up to 100. Identity papers weigh most because
 * buyers' vendor registration cannot start without them (NIB 20, NPWP 10); then what
 * buyers check before a first order: food permits for food businesses (P-IRT or BPOM 15,
 * halal 10), a verified identity (15) and at least one verified certificate (10); then
 * what makes a listing credible: a product (10), a realistic capacity (5), photos (5).
 * Food items apply only to UMKM with a KBLI in divisions 10–11 (food, beverages); for
 * others the score is taken over the items that apply, so it still runs to 100. A
 * certificate ticks an item only when it counts: verified by an officer and not expired
 * (docs/certificates.md); a submitted one does not.
 */
public enum ReadinessItem {

	/** NIB in the profile or a verified, valid NIB certificate. */
	NIB(20, false),
	/** A verified, valid NPWP certificate. */
	NPWP(10, false),
	/** A verified, valid P-IRT or BPOM permit (food KBLI only). */
	FOOD_PERMIT(15, true),
	/** A verified, valid halal certificate (food KBLI only). */
	HALAL(10, true),
	/** At least one product listed. */
	PRODUCT(10, false),
	/** At least one product whose monthly capacity covers its own minimum order. */
	CAPACITY(5, false),
	/** At least one product photo. */
	PHOTOS(5, false),
	/** Identity verified by a Diskop UKM officer. */
	IDENTITY(15, false),
	/** At least one certificate verified by an officer and not expired. */
	VERIFIED_CERTIFICATE(10, false);

	private final int weight;

	private final boolean foodOnly;

	ReadinessItem(int weight, boolean foodOnly) {
		this.weight = weight;
		this.foodOnly = foodOnly;
	}

	public int weight() {
		return weight;
	}

	public boolean foodOnly() {
		return foodOnly;
	}

	public String messageKey() {
		return "readiness.item." + name();
	}

	public String howToKey() {
		return "readiness.howTo." + name();
	}

}
