package id.simitra.event.internal.scheduling;

import id.simitra.event.internal.schedule.ScheduleRules;

/**
 * The officer's move would break a rule of the schedule (double-book somebody, a table
 * that is not there, a session the participant does not attend): nothing was changed.
 */
public class MoveRefusedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final ScheduleRules.Rule rule;

	MoveRefusedException(ScheduleRules.Rule rule) {
		super("move refused: " + rule);
		this.rule = rule;
	}

	public ScheduleRules.Rule rule() {
		return this.rule;
	}

	/** The message key of the refusal ({@code schedule.refused.<RULE>}). */
	public String messageKey() {
		return "schedule.refused." + this.rule.name();
	}

}
