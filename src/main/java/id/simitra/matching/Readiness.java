package id.simitra.matching;

import java.time.LocalDate;
import java.util.List;

/**
 * Whether an UMKM is ready for a need on a given day (a business-matching day): the
 * need's required certificate groups it does not meet on that day, and whether it has no
 * capacity the need can be compared with. The same judgement the ranking makes
 * ({@link Candidate#excluded()}, the capacity factor), taken on that day instead of
 * today: a certificate that expires before the day makes it not ready although it still
 * ranks today.
 *
 * @param day the day it is judged on
 * @param onTheDay the UMKM scored for the need on that day (its gaps and factors)
 */
public record Readiness(LocalDate day, Candidate onTheDay) {

	/** Nothing missing: every required group met on the day and a capacity known. */
	public boolean ready() {
		return !this.onTheDay.excluded() && !this.onTheDay.noCapacity();
	}

	/** The required groups it does not meet on the day. */
	public List<RequirementGap> requiredGaps() {
		return this.onTheDay.requiredGaps();
	}

	/**
	 * No product of it states a monthly capacity the need's quantity can be compared with
	 * (none relevant, or in units of another kind).
	 */
	public boolean noCapacity() {
		return this.onTheDay.noCapacity();
	}

}
