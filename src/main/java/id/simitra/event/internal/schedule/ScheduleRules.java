package id.simitra.event.internal.schedule;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The hard rules of a schedule, checked directly (without the solver): for the officer's
 * move of one meeting, for a whole schedule, and as the ledger the greedy baseline and
 * the scheduler's final check fill meeting by meeting.
 */
public final class ScheduleRules {

	/** A rule a meeting can break. */
	public enum Rule {

		/** The table number is not one of the slot's tables. */
		NO_SUCH_TABLE,
		/** The UMKM does not attend the slot's session. */
		UMKM_UNAVAILABLE,
		/** The company does not attend the slot's session. */
		COMPANY_UNAVAILABLE,
		/** The same need and UMKM already meet. */
		PAIR_ALREADY_MEETS,
		/** The UMKM has another meeting in that slot. */
		UMKM_DOUBLE_BOOKED,
		/** All the company's staff already have a meeting in that slot. */
		COMPANY_DOUBLE_BOOKED,
		/** Another meeting sits at that table in that slot. */
		TABLE_TAKEN,
		/** The UMKM would have more than the allowed number of meetings. */
		UMKM_OVER_LIMIT

	}

	/** A meeting that breaks a rule, given the meetings listed before it. */
	public record Violation(Rule rule, ScheduledMeeting meeting) {
	}

	private final ScheduleProblem problem;

	private final Map<Long, ScheduleProblem.Slot> slots;

	private final Map<Long, ScheduleProblem.Company> companyOfNeed;

	private final Map<Long, ScheduleProblem.Umkm> umkm;

	public ScheduleRules(ScheduleProblem problem) {
		this.problem = problem;
		this.slots = problem.slots().stream().collect(Collectors.toMap(ScheduleProblem.Slot::id, Function.identity()));
		Map<Long, ScheduleProblem.Company> companies = problem.companies()
			.stream()
			.collect(Collectors.toMap(ScheduleProblem.Company::id, Function.identity()));
		this.companyOfNeed = problem.needs()
			.stream()
			.collect(Collectors.toMap(ScheduleProblem.Need::id, need -> companies.get(need.companyId())));
		this.umkm = problem.umkm().stream().collect(Collectors.toMap(ScheduleProblem.Umkm::id, Function.identity()));
	}

	ScheduleProblem problem() {
		return problem;
	}

	/**
	 * Whether the officer may move one meeting of a schedule to another slot and table:
	 * the first rule the moved meeting would break against the other meetings, or empty
	 * when the move is allowed.
	 * @param schedule the current meetings, including the one to move
	 * @param meeting the meeting to move (as it is in the schedule)
	 * @param slotId the slot to move it to
	 * @param table the table to move it to
	 * @return the broken rule, or empty
	 * @throws IllegalArgumentException when the meeting is not in the schedule or names
	 * an unknown slot, need or UMKM
	 */
	public Optional<Rule> checkMove(List<ScheduledMeeting> schedule, ScheduledMeeting meeting, long slotId, int table) {
		List<ScheduledMeeting> others = new ArrayList<>(schedule);
		if (!others.remove(meeting)) {
			throw new IllegalArgumentException("meeting " + meeting + " is not in the schedule");
		}
		Ledger ledger = ledger();
		others.forEach(ledger::add);
		return ledger.whyNot(new ScheduledMeeting(meeting.needId(), meeting.umkmId(), slotId, table));
	}

	/**
	 * Whether the officer may swap two meetings' places (slot and table): the first rule
	 * either would break in the other's place, or empty when the swap is allowed.
	 * @param schedule the current meetings, including both
	 * @param first a meeting of the schedule
	 * @param second another meeting of the schedule
	 * @return the broken rule, or empty
	 * @throws IllegalArgumentException when either meeting is not in the schedule
	 */
	public Optional<Rule> checkSwap(List<ScheduledMeeting> schedule, ScheduledMeeting first, ScheduledMeeting second) {
		List<ScheduledMeeting> others = new ArrayList<>(schedule);
		if (!others.remove(first) || !others.remove(second)) {
			throw new IllegalArgumentException("meeting " + first + " or " + second + " is not in the schedule");
		}
		Ledger ledger = ledger();
		others.forEach(ledger::add);
		ScheduledMeeting secondMoved = new ScheduledMeeting(second.needId(), second.umkmId(), first.slotId(),
				first.table());
		Optional<Rule> rule = ledger.whyNot(secondMoved);
		if (rule.isPresent()) {
			return rule;
		}
		ledger.add(secondMoved);
		return ledger.whyNot(new ScheduledMeeting(first.needId(), first.umkmId(), second.slotId(), second.table()));
	}

	/**
	 * Every rule the schedule breaks: each meeting is checked against the meetings listed
	 * before it, so of two meetings that clash the later one is named.
	 * @param schedule the meetings
	 * @return the violations, empty for a valid schedule
	 */
	public List<Violation> violations(List<ScheduledMeeting> schedule) {
		Ledger ledger = ledger();
		List<Violation> violations = new ArrayList<>();
		for (ScheduledMeeting meeting : schedule) {
			ledger.whyNot(meeting).ifPresent(rule -> violations.add(new Violation(rule, meeting)));
			ledger.add(meeting);
		}
		return violations;
	}

	Ledger ledger() {
		return new Ledger();
	}

	ScheduleProblem.Slot slot(long slotId) {
		return known(slots.get(slotId), "slot", slotId);
	}

	ScheduleProblem.Company companyOfNeed(long needId) {
		return known(companyOfNeed.get(needId), "need", needId);
	}

	ScheduleProblem.Umkm umkm(long umkmId) {
		return known(umkm.get(umkmId), "UMKM", umkmId);
	}

	private static <T> T known(@Nullable T value, String what, long id) {
		if (value == null) {
			throw new IllegalArgumentException("unknown " + what + " " + id);
		}
		return value;
	}

	/**
	 * The meetings placed so far, counted the ways the rules need: who is busy in which
	 * slot, which tables are taken, how many meetings each UMKM has.
	 */
	final class Ledger {

		private final Set<ScheduleProblem.Pair> pairs = new HashSet<>();

		private final Set<Key> umkmBusy = new HashSet<>();

		private final Map<Key, Integer> companyBusy = new HashMap<>();

		private final Map<Long, BitSet> tablesTaken = new HashMap<>();

		private final Map<Long, Integer> umkmMeetings = new HashMap<>();

		Optional<Rule> whyNot(ScheduledMeeting meeting) {
			ScheduleProblem.Slot slot = slot(meeting.slotId());
			ScheduleProblem.Company company = companyOfNeed(meeting.needId());
			ScheduleProblem.Umkm participant = umkm(meeting.umkmId());
			if (meeting.table() < 1 || meeting.table() > slot.tables()) {
				return Optional.of(Rule.NO_SUCH_TABLE);
			}
			if (participant.unavailableSessions().contains(slot.sessionId())) {
				return Optional.of(Rule.UMKM_UNAVAILABLE);
			}
			if (company.unavailableSessions().contains(slot.sessionId())) {
				return Optional.of(Rule.COMPANY_UNAVAILABLE);
			}
			if (pairs.contains(meeting.pair())) {
				return Optional.of(Rule.PAIR_ALREADY_MEETS);
			}
			if (umkmBusy.contains(new Key(meeting.umkmId(), slot.id()))) {
				return Optional.of(Rule.UMKM_DOUBLE_BOOKED);
			}
			if (companyBusy.getOrDefault(new Key(company.id(), slot.id()), 0) >= company.staff()) {
				return Optional.of(Rule.COMPANY_DOUBLE_BOOKED);
			}
			if (tables(slot.id()).get(meeting.table())) {
				return Optional.of(Rule.TABLE_TAKEN);
			}
			if (meetingsOf(meeting.umkmId()) >= problem.maxMeetingsPerUmkm()) {
				return Optional.of(Rule.UMKM_OVER_LIMIT);
			}
			return Optional.empty();
		}

		void add(ScheduledMeeting meeting) {
			long companyId = companyOfNeed(meeting.needId()).id();
			pairs.add(meeting.pair());
			umkmBusy.add(new Key(meeting.umkmId(), meeting.slotId()));
			companyBusy.merge(new Key(companyId, meeting.slotId()), 1, Integer::sum);
			tables(meeting.slotId()).set(meeting.table());
			umkmMeetings.merge(meeting.umkmId(), 1, Integer::sum);
		}

		/** The lowest free table of the slot, if any. */
		OptionalInt freeTable(long slotId) {
			int table = tables(slotId).nextClearBit(1);
			return table <= slot(slotId).tables() ? OptionalInt.of(table) : OptionalInt.empty();
		}

		int meetingsOf(long umkmId) {
			return umkmMeetings.getOrDefault(umkmId, 0);
		}

		private BitSet tables(long slotId) {
			return tablesTaken.computeIfAbsent(slotId, id -> new BitSet());
		}

	}

	private record Key(long who, long slotId) {
	}

}
