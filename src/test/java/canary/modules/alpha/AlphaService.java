package canary.modules.alpha;

import canary.modules.beta.internal.BetaSecret;

/**
 * Planted violation for ModularityTest: reaches into another module's internal package.
 */
public class AlphaService {

	public String peek() {
		return new BetaSecret().value();
	}

}
