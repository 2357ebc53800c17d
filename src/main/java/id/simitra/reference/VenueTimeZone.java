package id.simitra.reference;

import java.time.ZoneId;
import java.util.Map;

/**
 * Indonesia's three time zones by province (Keppres 41/1987): WIB (UTC+7) for Sumatra,
 * Java, West and Central Kalimantan; WITA (UTC+8) for Bali, Nusa Tenggara, South, East
 * and North Kalimantan and Sulawesi; WIT (UTC+9) for Maluku and Papua. Events show their
 * times in the venue's zone, named by its Indonesian abbreviation.
 */
public enum VenueTimeZone {

	WIB("Asia/Jakarta"), WITA("Asia/Makassar"), WIT("Asia/Jayapura");

	/**
	 * Provinces outside WIB by their Kemendagri code; every other province is in WIB.
	 */
	private static final Map<String, VenueTimeZone> NOT_WIB = Map.ofEntries(Map.entry("51", WITA),
			Map.entry("52", WITA), Map.entry("53", WITA), Map.entry("63", WITA), Map.entry("64", WITA),
			Map.entry("65", WITA), Map.entry("71", WITA), Map.entry("72", WITA), Map.entry("73", WITA),
			Map.entry("74", WITA), Map.entry("75", WITA), Map.entry("76", WITA), Map.entry("81", WIT),
			Map.entry("82", WIT), Map.entry("91", WIT), Map.entry("92", WIT), Map.entry("93", WIT),
			Map.entry("94", WIT), Map.entry("95", WIT), Map.entry("96", WIT), Map.entry("97", WIT));

	private final ZoneId zone;

	VenueTimeZone(String zone) {
		this.zone = ZoneId.of(zone);
	}

	public ZoneId zone() {
		return this.zone;
	}

	/** The zone of a province ("12") or of a regency in it ("12.71"). */
	public static VenueTimeZone of(String provinceOrRegencyCode) {
		int dot = provinceOrRegencyCode.indexOf('.');
		String province = dot < 0 ? provinceOrRegencyCode : provinceOrRegencyCode.substring(0, dot);
		return NOT_WIB.getOrDefault(province, WIB);
	}

	/** The abbreviation for a zone id stored on an event ("Asia/Makassar" → WITA). */
	public static VenueTimeZone ofZone(String zoneId) {
		for (VenueTimeZone z : values()) {
			if (z.zone.getId().equals(zoneId)) {
				return z;
			}
		}
		throw new IllegalArgumentException("not an Indonesian time zone: " + zoneId);
	}

}
