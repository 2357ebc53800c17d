package id.simitra.event.internal.agenda;

import java.util.List;

/** The meetings at one table through the day, for the venue's table plan. */
public record TablePlan(int table, List<AgendaItem> items) {

	public TablePlan {
		items = List.copyOf(items);
	}

}
