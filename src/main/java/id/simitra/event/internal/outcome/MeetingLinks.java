package id.simitra.event.internal.outcome;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.offer.MeetingLink;

/**
 * Answers offer and partnership (which must not read event tables or depend on event)
 * whether an invitation or a proposal may name a meeting as its origin: the company's
 * meeting with that UMKM about that need, not cancelled and not missed. One answer for
 * both, so the two flows cannot drift apart.
 */
@Component
class MeetingLinks implements MeetingLink, id.simitra.partnership.MeetingLink {

	private final JdbcClient jdbc;

	MeetingLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean isMeetingOf(long meetingId, long companyId, long needId, long umkmId) {
		return this.jdbc.sql("""
				select exists (select 1 from event_meeting
				               where id = :meeting and company_id = :company and need_id = :need and umkm_id = :umkm
				                 and status not in ('CANCELLED', 'NO_SHOW'))
				""")
			.param("meeting", meetingId)
			.param("company", companyId)
			.param("need", needId)
			.param("umkm", umkmId)
			.query(Boolean.class)
			.single();
	}

}
