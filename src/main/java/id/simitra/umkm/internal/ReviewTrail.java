package id.simitra.umkm.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The officers' decisions on an UMKM's identity and certificates, each with its note
 * (issue 16 §2): table {@code umkm_review_event}, only ever inserted (V136 trigger),
 * shown on the identity verification page.
 */
@Component
public class ReviewTrail {

	/** What was decided. */
	public enum Kind {

		IDENTITY_VERIFIED, IDENTITY_NOTE, CERTIFICATE_VERIFIED, CERTIFICATE_REJECTED

	}

	/**
	 * One decision as the page shows it; {@code certificate} names the certificate (type
	 * and number) for certificate decisions.
	 */
	public record Entry(Kind kind, @Nullable String certificate, @Nullable String note, String officerName,
			Instant occurredAt) {

		public String messageKey() {
			return "review.trail." + kind.name();
		}

	}

	private final JdbcClient jdbc;

	private final Clock clock;

	ReviewTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public void record(Long umkmId, @Nullable Long certificateId, Kind kind, @Nullable String note, Long officerId) {
		jdbc.sql("""
				insert into umkm_review_event (umkm_id, certificate_id, kind, note, actor_id, occurred_at)
				values (:umkm, :certificate, :kind, :note, :actor, :at)""")
			.param("umkm", umkmId)
			.param("certificate", certificateId)
			.param("kind", kind.name())
			.param("note", note == null || note.isBlank() ? null : note.strip())
			.param("actor", officerId)
			.param("at", OffsetDateTime.ofInstant(Instant.now(clock), clock.getZone()))
			.update();
	}

	/** The UMKM's decisions, newest first. */
	public List<Entry> of(Long umkmId) {
		return jdbc.sql("""
				select e.kind, c.type_code as type_name, c.number, e.note, a.display_name, e.occurred_at
				from umkm_review_event e
				join account_person a on a.id = e.actor_id
				left join umkm_certificate c on c.id = e.certificate_id
				where e.umkm_id = :umkm order by e.occurred_at desc, e.id desc limit 200""")
			.param("umkm", umkmId)
			.query((rs, n) -> {
				String number = rs.getString("number");
				String type = rs.getString("type_name");
				return new Entry(Kind.valueOf(rs.getString("kind")),
						number == null ? null : (type == null ? "" : type + " ") + number, rs.getString("note"),
						rs.getString("display_name"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant());
			})
			.list();
	}

}
