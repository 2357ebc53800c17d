package id.simitra.matching;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Points each factor can add to a candidate's score (out of their sum, 100 by default). Set in
 * application.properties under {@code simitra.matching.*}; documented in the README.
 */
@ConfigurationProperties("simitra.matching")
public record MatchingWeights(double weightKbli, double weightDistance, double weightCapacity, double weightText,
		int limit) {

	public double total() {
		return weightKbli + weightDistance + weightCapacity + weightText;
	}

}
