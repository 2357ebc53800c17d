package id.simitra.event.internal.schedule;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One business-matching day as the scheduler sees it. Ids are the event module's own
 * (slots, companies, needs, UMKM); the scheduler only compares them.
 *
 * @param slots the time slots in chronological order (the greedy baseline fills earlier
 * slots first)
 * @param companies the companies taking part
 * @param needs the needs those companies bring
 * @param umkm the registered UMKM
 * @param candidates the pairs that may meet, each at most once
 * @param locked meetings the officer fixed; they stay where they are
 * @param maxMeetingsPerUmkm at most this many meetings per UMKM, so that more UMKM get
 * one
 */
public record ScheduleProblem(List<Slot> slots, List<Company> companies, List<Need> needs, List<Umkm> umkm,
		List<Candidate> candidates, List<ScheduledMeeting> locked, int maxMeetingsPerUmkm) {

	/** The default: four meetings per UMKM. */
	public static final int DEFAULT_MAX_MEETINGS_PER_UMKM = 4;

	public ScheduleProblem {
		slots = List.copyOf(slots);
		companies = List.copyOf(companies);
		needs = List.copyOf(needs);
		umkm = List.copyOf(umkm);
		candidates = List.copyOf(candidates);
		locked = List.copyOf(locked);
		if (maxMeetingsPerUmkm < 1) {
			throw new IllegalArgumentException("maxMeetingsPerUmkm must be at least 1");
		}
		unique(slots.stream().map(Slot::id).toList(), "slot");
		unique(companies.stream().map(Company::id).toList(), "company");
		unique(needs.stream().map(Need::id).toList(), "need");
		unique(umkm.stream().map(Umkm::id).toList(), "UMKM");
		Set<Long> companyIds = Set.copyOf(companies.stream().map(Company::id).toList());
		for (Need need : needs) {
			if (!companyIds.contains(need.companyId())) {
				throw new IllegalArgumentException("need " + need.id() + " names an unknown company");
			}
		}
		Set<Long> needIds = Set.copyOf(needs.stream().map(Need::id).toList());
		Set<Long> umkmIds = Set.copyOf(umkm.stream().map(Umkm::id).toList());
		Set<Long> slotIds = Set.copyOf(slots.stream().map(Slot::id).toList());
		Set<Pair> pairs = new HashSet<>();
		for (Candidate candidate : candidates) {
			if (!needIds.contains(candidate.needId()) || !umkmIds.contains(candidate.umkmId())) {
				throw new IllegalArgumentException("candidate " + candidate + " names an unknown need or UMKM");
			}
			if (!pairs.add(new Pair(candidate.needId(), candidate.umkmId()))) {
				throw new IllegalArgumentException("candidate " + candidate + " is listed twice");
			}
		}
		for (ScheduledMeeting meeting : locked) {
			if (!needIds.contains(meeting.needId()) || !umkmIds.contains(meeting.umkmId())
					|| !slotIds.contains(meeting.slotId())) {
				throw new IllegalArgumentException(
						"locked meeting " + meeting + " names an unknown need, UMKM or slot");
			}
		}
	}

	private static void unique(List<Long> ids, String what) {
		if (Set.copyOf(ids).size() != ids.size()) {
			throw new IllegalArgumentException("a " + what + " id is listed twice");
		}
	}

	/**
	 * A time slot of a session.
	 *
	 * @param id the slot
	 * @param sessionId the session (morning, afternoon, day two...) it belongs to; people
	 * are unavailable for whole sessions
	 * @param tables how many tables stand in the hall during this slot (numbered
	 * 1..tables)
	 */
	public record Slot(long id, long sessionId, int tables) {

		public Slot {
			if (tables < 0) {
				throw new IllegalArgumentException("tables must not be negative");
			}
		}

	}

	/**
	 * A company taking part.
	 *
	 * @param id the company
	 * @param staff how many of its staff sit at tables, so how many of its meetings may
	 * run at the same time
	 * @param unavailableSessions sessions it does not attend
	 */
	public record Company(long id, int staff, Set<Long> unavailableSessions) {

		public Company {
			if (staff < 1) {
				throw new IllegalArgumentException("a company sends at least one person");
			}
			unavailableSessions = Set.copyOf(unavailableSessions);
		}

	}

	/** A need a company brings to the day. */
	public record Need(long id, long companyId) {
	}

	/**
	 * A registered UMKM.
	 *
	 * @param id the UMKM
	 * @param unavailableSessions sessions it does not attend
	 */
	public record Umkm(long id, Set<Long> unavailableSessions) {

		public Umkm {
			unavailableSessions = Set.copyOf(unavailableSessions);
		}

	}

	/**
	 * A pair that may meet.
	 *
	 * @param needId the company's need
	 * @param umkmId the UMKM
	 * @param score the match score, 0-100
	 * @param requested one side asked for this meeting and the other accepted: it must be
	 * scheduled if at all possible
	 */
	public record Candidate(long needId, long umkmId, int score, boolean requested) {

		public Candidate {
			if (score < 0 || score > 100) {
				throw new IllegalArgumentException("score must be 0-100");
			}
		}

	}

	record Pair(long needId, long umkmId) {
	}

}
