package id.simitra.offer.internal;

import java.util.Arrays;

/**
 * Orders of the comparison table, chosen with ?urut= so the links work without
 * JavaScript.
 */
public enum OfferSort {

	PRICE("harga"), LEAD_TIME("waktu"), SCORE("skor");

	private final String param;

	OfferSort(String param) {
		this.param = param;
	}

	public String param() {
		return param;
	}

	public String messageKey() {
		return "offer.sort." + name();
	}

	/** Unknown or missing values fall back to price, the order buyers ask for first. */
	public static OfferSort of(String param) {
		return Arrays.stream(values()).filter(s -> s.param.equals(param)).findFirst().orElse(PRICE);
	}

}
