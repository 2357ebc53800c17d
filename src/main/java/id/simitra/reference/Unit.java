package id.simitra.reference;

import java.math.BigDecimal;

/**
 * Units for capacity and quantity, each with its kind and its size in the base unit of
 * that kind (kg, litre, piece...). Capacity and need quantity are compared in base units,
 * so "2 ton" meets "1,500 kg"; units of different kinds are never compared.
 */
public enum Unit {

	GRAM(UnitKind.MASS, "0.001"), KG(UnitKind.MASS, "1"), KUINTAL(UnitKind.MASS, "100"), TON(UnitKind.MASS, "1000"),
	ML(UnitKind.VOLUME, "0.001"), LITER(UnitKind.VOLUME, "1"), PCS(UnitKind.COUNT, "1"), LUSIN(UnitKind.COUNT, "12"),
	KODI(UnitKind.COUNT, "20"),
	// Issue 15: what small businesses count in. A pack, sheet, stick, bundle or sack is
	// sold as one item, so it counts like a piece ("5,000 bungkus" meets "5,000 pcs" of
	// packed chips); a sack's weight varies (25 or 50 kg), so it is not a mass.
	BUNGKUS(UnitKind.COUNT, "1"), LEMBAR(UnitKind.COUNT, "1"), BATANG(UnitKind.COUNT, "1"), IKAT(UnitKind.COUNT, "1"),
	KARUNG(UnitKind.COUNT, "1"), PORSI(UnitKind.SERVING, "1"), PAKET(UnitKind.PACKAGE, "1"),
	// The work at one site is one package (cleaning, security or catering of one
	// location).
	LOKASI(UnitKind.PACKAGE, "1"),
	// Services of people (workers, guards) and of vehicles (rented cars, trucks): only
	// comparable with the same.
	ORANG(UnitKind.PERSON, "1"), KENDARAAN(UnitKind.VEHICLE, "1"), METER(UnitKind.LENGTH, "1"), M2(UnitKind.AREA, "1"),
	HARI(UnitKind.TIME, "1");

	private final UnitKind kind;

	private final BigDecimal baseFactor;

	Unit(UnitKind kind, String baseFactor) {
		this.kind = kind;
		this.baseFactor = new BigDecimal(baseFactor);
	}

	public UnitKind kind() {
		return kind;
	}

	public BigDecimal toBase(BigDecimal amount) {
		return amount.multiply(baseFactor);
	}

	public String messageKey() {
		return "unit." + name();
	}

}
