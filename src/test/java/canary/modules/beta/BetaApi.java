package canary.modules.beta;

import canary.modules.alpha.AlphaService;

/** Planted violation for ModularityTest: uses a module that uses it back (a cycle). */
public class BetaApi {

	public String call() {
		return new AlphaService().peek();
	}

}
