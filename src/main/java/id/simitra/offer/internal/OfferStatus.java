package id.simitra.offer.internal;

/**
 * Where an offer stands. EXPIRED is never stored: an offer still waiting for a decision
 * whose validity date has passed reads as expired ({@link Offer#statusOn}), so no
 * scheduled job has to keep the table current.
 */
public enum OfferStatus {

	SUBMITTED, SHORTLISTED, ACCEPTED, DECLINED, WITHDRAWN, EXPIRED;

	public String messageKey() {
		return "offerStatus." + name();
	}

	/**
	 * Still waiting for the company's decision, so the UMKM may revise or withdraw it.
	 */
	public boolean isUndecided() {
		return this == SUBMITTED || this == SHORTLISTED || this == EXPIRED;
	}

	/** Bootstrap badge class for lists. */
	public String badge() {
		return switch (this) {
			case ACCEPTED -> "text-bg-success";
			case SHORTLISTED -> "text-bg-info";
			case DECLINED -> "text-bg-danger";
			case WITHDRAWN, EXPIRED -> "text-bg-secondary";
			case SUBMITTED -> "text-bg-light border";
		};
	}

	/**
	 * The effective status of a stored one on a day: the one rule, also for the lists
	 * read with SQL.
	 */
	static OfferStatus effective(OfferStatus stored, java.time.LocalDate validUntil, java.time.LocalDate today) {
		boolean waiting = stored == SUBMITTED || stored == SHORTLISTED;
		return waiting && validUntil.isBefore(today) ? EXPIRED : stored;
	}

}
