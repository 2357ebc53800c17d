package id.simitra.event.internal.setup;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a company or UMKM may choose from when it registers for an event, and its
 * registration so far.
 *
 * @param company a company registers (else an UMKM)
 * @param partyId the company's or UMKM's id
 * @param needs the company's open needs (and those it chose before)
 * @param products the UMKM's products
 * @param sessions the event's sessions
 * @param existing its registration, if it has one
 */
public record RegistrationChoices(boolean company, long partyId, List<Option> needs, List<Option> products,
		List<Option> sessions, @Nullable Existing existing) {

	public RegistrationChoices {
		needs = List.copyOf(needs);
		products = List.copyOf(products);
		sessions = List.copyOf(sessions);
	}

	/**
	 * Something to tick.
	 *
	 * @param id its id
	 * @param label what the box says
	 */
	public record Option(long id, String label) {

	}

	/**
	 * A registration made before.
	 *
	 * @param id the registration
	 * @param status PENDING, APPROVED, REFUSED or WITHDRAWN
	 * @param reason the officer's reason of a refusal
	 * @param needIds needs chosen
	 * @param productIds products chosen
	 * @param sessionIds sessions chosen
	 * @param parallelTables tables at once
	 * @param version optimistic-locking version
	 */
	public record Existing(long id, String status, @Nullable String reason, Set<Long> needIds, Set<Long> productIds,
			Set<Long> sessionIds, int parallelTables, long version) {

		public Existing {
			needIds = Set.copyOf(needIds);
			productIds = Set.copyOf(productIds);
			sessionIds = Set.copyOf(sessionIds);
		}

	}

}
