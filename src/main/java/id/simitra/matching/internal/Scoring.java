package id.simitra.matching.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

import id.simitra.matching.Candidate;
import id.simitra.matching.RequirementGap;
import id.simitra.platform.Formats;
import id.simitra.reference.SizeClass;
import id.simitra.reference.Unit;

/**
 * Turns the raw inputs of one UMKM into sub-scores (fractions 0..1), points (fraction ×
 * weight) and one sentence per factor. The bands and rules here are the documented
 * ranking (docs/matching.md "Matching").
 */
public final class Scoring {

	/**
	 * Distance bands between regency centres: upper bound in km, fraction, sentence key.
	 */
	private static final double[][] BANDS = { { 60, 0.8 }, { 150, 0.6 }, { 300, 0.35 }, { 600, 0.15 } };

	private static final String[] BAND_KEYS = { "match.distance.near", "match.distance.reachable", "match.distance.far",
			"match.distance.veryFar" };

	/**
	 * A preferred certificate the UMKM submitted but no officer verified yet earns half
	 * of a verified one: the claim is likely true (most are verified) and the UMKM should
	 * not wait for the office to be visible, but a checked certificate must stay worth
	 * more than an unchecked one. It never satisfies a required one.
	 */
	static final double SUBMITTED_PREFERRED_SHARE = 0.5;

	private final MatchingWeights w;

	private final MessageSource messages;

	public Scoring(MatchingWeights weights, MessageSource messages) {
		this.w = weights;
		this.messages = messages;
	}

	/**
	 * What the scoring needs of a need.
	 *
	 * @param deadline the last day the need takes offers; a certificate that ends before
	 * it gets a warning beside its date
	 */
	public record NeedInfo(Long id, String kbliCode, BigDecimal quantity, Unit unit, String regencyCode,
			@Nullable LocalDate deadline) {

		BigDecimal quantityBase() {
			return unit.toBase(quantity);
		}

	}

	public Candidate score(MatchInputs in, NeedInfo need, String businessName, SizeClass sizeClass, Locale locale) {
		List<Candidate.Factor> f = new ArrayList<>();

		double kbli = in.kbliLevel() >= 4 ? 1.0 : in.kbliLevel() >= 3 ? 0.75
				: in.kbliLevel() >= 2 ? 0.5 : in.kbliLevel() >= 1 ? 0.25 : in.kbliLevel() > 0 ? 0.1 : 0;
		String code = need.kbliCode();
		String kbliText = in.kbliLevel() >= 4 ? msg(locale, "match.kbli.subclass", code) : in.kbliLevel() >= 3
				? msg(locale, "match.kbli.class", code.substring(0, 4))
				: in.kbliLevel() >= 2 ? msg(locale, "match.kbli.group", code.substring(0, 3))
						: in.kbliLevel() >= 1 ? msg(locale, "match.kbli.division", code.substring(0, 2))
								: in.kbliLevel() > 0 ? msg(locale, "match.kbli.section")
										: msg(locale, "match.kbli.none", in.bestCode() == null ? "-" : in.bestCode());
		f.add(factor("kbli", kbli, w.weightKbli(), kbliText));

		double distance;
		String distanceText;
		long km = Math.round(in.km());
		if (in.km() == 0) {
			distance = 1.0;
			distanceText = msg(locale, "match.distance.same", in.regencyName());
		}
		else {
			int band = 0;
			while (band < BANDS.length && in.km() > BANDS[band][0]) {
				band++;
			}
			distance = band < BANDS.length ? BANDS[band][1] : 0.05;
			distanceText = msg(locale, band < BANDS.length ? BAND_KEYS[band] : "match.distance.outside", km,
					in.regencyName());
		}
		f.add(factor("distance", distance, w.weightDistance(), distanceText));

		double capacity = 0;
		String capacityText;
		if (in.comparableProducts() > 0) {
			double ratio = in.capacityBase().doubleValue() / need.quantityBase().doubleValue();
			capacity = Math.min(1.0, ratio);
			long percent = Math.round(ratio * 100);
			capacityText = ratio >= 1 ? msg(locale, "match.capacity.full", percent)
					: msg(locale, "match.capacity.part", percent);
		}
		else if (in.relevantProducts() > 0) {
			capacityText = msg(locale, "match.capacity.incomparable", msg(locale, need.unit().messageKey()));
		}
		else {
			capacityText = msg(locale, "match.capacity.none");
		}
		f.add(factor("capacity", capacity, w.weightCapacity(), capacityText));

		double certificates;
		String certificatesText;
		List<MatchInputs.HeldCertificate> held = in.certificatesHeld();
		long heldPreferred = held.stream().filter(h -> !h.required()).count();
		double preferredPoints = held.stream()
			.filter(h -> !h.required())
			.mapToDouble(h -> h.verified() ? 1.0 : SUBMITTED_PREFERRED_SHARE)
			.sum();
		boolean requiredUnmet = !in.requiredGaps().isEmpty();
		boolean anyListed = in.preferredTotal() > 0 || !held.isEmpty() || requiredUnmet;
		if (!anyListed) {
			certificates = 1.0;
			certificatesText = msg(locale, "match.certificates.notAsked");
		}
		else {
			// Required certificates are a gate, preferred ones a share: no certificate
			// points at all while a
			// required one does not count (missing, expired, only submitted), so holding
			// the preferred ones never
			// buys back an unmet requirement; with every required one met, the share of
			// the preferred ones.
			certificates = requiredUnmet ? 0.0 : in.preferredTotal() == 0 ? 1.0 : preferredPoints / in.preferredTotal();
			List<String> parts = new ArrayList<>();
			if (requiredUnmet) {
				parts.add(msg(locale, "match.certificates.requiredUnmet"));
			}
			for (MatchInputs.HeldCertificate h : held) {
				LocalDate until = h.validUntil();
				// The full date, not the year: "until 2026" reads as valid all year.
				// Ending
				// before the need's deadline is worth a warning: the buyer may be
				// choosing
				// for the months after it.
				String text = until == null ? msg(locale, "match.certificates.heldNoExpiry", h.type())
						: need.deadline() != null && until.isBefore(need.deadline())
								? msg(locale, "match.certificates.heldEndsBeforeDeadline", h.type(),
										Formats.date(until, locale), Formats.date(need.deadline(), locale))
								: msg(locale, "match.certificates.held", h.type(), Formats.date(until, locale));
				// "counts half" would be untrue while a required one is unmet: then
				// nothing counts
				parts.add(h.verified() ? text : requiredUnmet ? text + msg(locale, "certificate.pendingSuffix")
						: msg(locale, "match.certificates.heldPending", text));
			}
			parts.addAll(unmetRequirements(in.requiredGaps(), locale));
			if (in.preferredTotal() > heldPreferred) {
				parts.add(msg(locale, "match.certificates.preferredMissing", in.preferredTotal() - heldPreferred));
			}
			certificatesText = String.join("; ", parts);
		}
		f.add(factor("certificates", certificates, w.weightCertificates(), certificatesText));

		double text = in.conceptsTotal() == 0 ? 0 : (double) in.conceptsMatched() / in.conceptsTotal();
		String textText = in.conceptsMatched() > 0 && in.bestProduct() != null
				? msg(locale, "match.text.match", in.bestProduct(), in.conceptsMatched(), in.conceptsTotal())
				: msg(locale, "match.text.none");
		f.add(factor("text", text, w.weightText(), textText));

		f.add(factor("verified", in.verified() ? 1 : 0, w.weightVerified(),
				msg(locale, in.verified() ? "match.verified.yes" : "match.verified.no")));

		// Completed partnerships count fully, running ones half; three make a full
		// record. Ratings (1-5)
		// scale it between half (all 1s) and full (all 5s), so one bad partner cannot
		// erase the record.
		double record = Math.min(1.0, (in.completed() + 0.5 * in.running()) / 3.0);
		if (in.rating() != null) {
			record *= 0.5 + 0.5 * (in.rating() - 1) / 4.0;
		}
		String recordText;
		if (in.completed() == 0 && in.running() == 0) {
			recordText = msg(locale, "match.trackRecord.none");
		}
		else if (in.rating() != null) {
			recordText = msg(locale, "match.trackRecord.rated", in.completed(), in.running(), in.rating());
		}
		else {
			recordText = msg(locale, "match.trackRecord.some", in.completed(), in.running());
		}
		f.add(factor("trackRecord", record, w.weightTrackRecord(), recordText));

		// Fair exposure: a small fixed boost for UMKM that never had a partnership, so
		// shortlists are not
		// always the same firms. Capped at its weight; nothing anyone can pay for.
		f.add(factor("exposure", in.anyPartnership() ? 0 : 1, w.weightExposure(), msg(locale,
				in.anyPartnership() ? "match.exposure.no" : "match.exposure.yes", number(locale, w.weightExposure()))));

		double total = Math.round(f.stream().mapToDouble(Candidate.Factor::points).sum() * 10) / 10.0;
		return new Candidate(0, in.umkmId(), businessName, in.regencyName(), sizeClass, total, List.copyOf(f),
				in.requiredGaps(), false);
	}

	/**
	 * The unmet required groups in words: a kind required on its own as before (those
	 * waiting for verification, then expired, then missing); a group of alternatives as
	 * one phrase, "wajib salah satu: PIRT sudah kedaluwarsa atau BPOM tidak ada".
	 */
	private List<String> unmetRequirements(List<RequirementGap> gaps, Locale locale) {
		List<String> parts = new ArrayList<>();
		String[][] single = { { "PENDING", "match.certificates.pendingRequired" },
				{ "EXPIRED", "match.certificates.expired" }, { "MISSING", "match.certificates.missingRequired" } };
		for (String[] kind : single) {
			gaps.stream()
				.filter(g -> g.alternatives().size() == 1)
				.map(g -> g.alternatives().get(0))
				.filter(a -> a.kind().name().equals(kind[0]))
				.forEach(a -> parts.add(msg(locale, kind[1], a.typeCode())));
		}
		String or = " " + msg(locale, "need.or") + " ";
		gaps.stream().filter(g -> g.alternatives().size() > 1).forEach(g -> {
			List<String> alternatives = g.alternatives()
				.stream()
				.map(a -> msg(locale, "match.certificates.alternative." + a.kind().name(), a.typeCode()))
				.toList();
			parts.add(msg(locale, "match.certificates.requiredOneOf", String.join(or, alternatives)));
		});
		return parts;
	}

	private static Candidate.Factor factor(String key, double fraction, double weight, String text) {
		return new Candidate.Factor(key, fraction, Math.round(fraction * weight * 10) / 10.0, weight, text);
	}

	public String message(Locale locale, String key, Object... args) {
		return msg(locale, key, args);
	}

	private String msg(Locale locale, String key, Object... args) {
		Object[] formatted = new Object[args.length];
		for (int i = 0; i < args.length; i++) {
			formatted[i] = args[i] instanceof Number n ? number(locale, n) : args[i];
		}
		return messages.getMessage(key, formatted, locale);
	}

	private static String number(Locale locale, Number n) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(1);
		return format.format(n);
	}

}
