package canary.modules.beta.internal;

/** Internal to the canary "beta" module. */
public class BetaSecret {

	public String value() {
		return "secret";
	}

}
