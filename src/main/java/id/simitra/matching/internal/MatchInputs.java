package id.simitra.matching.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import id.simitra.matching.CertificateGap;
import id.simitra.matching.RequirementGap;

/**
 * One row of the database function match_factors: what is known about one UMKM for one
 * need.
 */
public record MatchInputs(Long umkmId, double kbliLevel, String bestCode, double km, String regencyName,
		BigDecimal capacityBase, long comparableProducts, long relevantProducts, int conceptsMatched, int conceptsTotal,
		String bestProduct, boolean verified, long completed, long running, @Nullable Double rating,
		boolean anyPartnership, List<RequirementGap> requiredGaps, int preferredTotal,
		List<HeldCertificate> certificatesHeld) {

	/**
	 * A certificate the need lists and the UMKM holds in force: type, valid until (null =
	 * no expiry), required, verified (false: submitted and waiting for an officer; only
	 * ever a preferred one, at reduced weight).
	 */
	record HeldCertificate(String type, java.time.@Nullable LocalDate validUntil, boolean required, boolean verified) {
	}

	public static MatchInputs read(ResultSet rs) throws SQLException {
		List<HeldCertificate> held = Arrays.stream(strings(rs, "certificates_held")).map(s -> {
			String[] parts = s.split(":", 4);
			java.time.LocalDate until = java.time.LocalDate.parse(parts[1]);
			return new HeldCertificate(parts[0], until.getYear() >= 9999 ? null : until, Boolean.parseBoolean(parts[2]),
					Boolean.parseBoolean(parts[3]));
		}).toList();
		return new MatchInputs(rs.getLong("umkm_id"), rs.getDouble("kbli_level"), rs.getString("best_code"),
				rs.getDouble("km"), rs.getString("regency_name"), rs.getBigDecimal("capacity_base"),
				rs.getLong("comparable_products"), rs.getLong("relevant_products"), rs.getInt("concepts_matched"),
				rs.getInt("concepts_total"), rs.getString("best_product"), rs.getBoolean("verified"),
				rs.getLong("completed"), rs.getLong("running"),
				rs.getBigDecimal("rating") == null ? null : rs.getBigDecimal("rating").doubleValue(),
				rs.getBoolean("any_partnership"), gaps(strings(rs, "required_unmet")), rs.getInt("preferred_total"),
				held);
	}

	/**
	 * "group:type:why" for every alternative of every unmet group, in group order, as one
	 * {@link RequirementGap} per group.
	 */
	private static List<RequirementGap> gaps(String[] unmet) {
		Map<String, List<CertificateGap>> groups = new LinkedHashMap<>();
		for (String s : unmet) {
			String[] parts = s.split(":", 3);
			groups.computeIfAbsent(parts[0], g -> new ArrayList<>())
				.add(new CertificateGap(parts[1], CertificateGap.Kind.valueOf(parts[2])));
		}
		return groups.values().stream().map(RequirementGap::new).toList();
	}

	private static String[] strings(ResultSet rs, String column) throws SQLException {
		java.sql.Array array = rs.getArray(column);
		return array == null ? new String[0] : (String[]) array.getArray();
	}

}
