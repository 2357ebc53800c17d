package id.simitra.matching.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Points each factor can add to a candidate's score. The defaults
 * (application.properties, {@code simitra.matching.*}) add up to 97, and the
 * fair-exposure boost can add at most {@code weightExposure} (3) more, so a score is out
 * of 100. Documented in docs/matching.md; officers and administrators see them at
 * /petugas/pencocokan and /admin/pencocokan.
 *
 * @param candidatesPerTier how many of the nearest candidates are taken per KBLI tier
 * (same subclass; same class) before exact scoring
 * @param tieBand candidates at most this many points below a better one count as tied
 * with it and take turns by day ({@link NearTies}); 0 switches the rotation off
 */
@ConfigurationProperties("simitra.matching")
public record MatchingWeights(double weightKbli, double weightDistance, double weightCapacity,
		double weightCertificates, double weightText, double weightVerified, double weightTrackRecord,
		double weightExposure, int limit, int candidatesPerTier, double tieBand) {

	public double total() {
		return weightKbli + weightDistance + weightCapacity + weightCertificates + weightText + weightVerified
				+ weightTrackRecord + weightExposure;
	}

}
