package id.simitra.event.internal.agenda;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A participant's agenda.
 *
 * @param participantName the company's or the UMKM's name
 * @param company whether the participant is a company
 * @param checkInToken its registration's check-in token (none without a registration)
 * @param items its meetings in time order; empty until the schedule is published
 */
public record Agenda(EventDetails event, String participantName, boolean company, @Nullable String checkInToken,
		List<AgendaItem> items) {

	public Agenda {
		items = List.copyOf(items);
	}

	/**
	 * The check-in link's path, printed on the agenda as
	 * {@code /acara/{id}/hadir/{token}}.
	 */
	public @Nullable String checkInPath() {
		return this.checkInToken == null ? null : "/acara/" + this.event.id() + "/hadir/" + this.checkInToken;
	}

}
