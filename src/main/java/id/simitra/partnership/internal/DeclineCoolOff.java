package id.simitra.partnership.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rule "the UMKM's no sticks", in one place (issue 10 §1). After an UMKM declines a
 * proposal of a company, that company proposes nothing to that UMKM (a new proposal on
 * any of its needs, a draft sent, a returned partnership sent back) for
 * {@code simitra.partnership.decline-cool-off-days} days (90 by default), unless the UMKM
 * itself shows renewed interest: an offer on one of the company's needs made after the
 * decline. Declining is the UMKM's only way to say no, and without this a company could
 * re-propose at once, forever, and read the UMKM's papers again each time
 * ({@link PartnerPapers} asks this rule too).
 * <p>
 * A Dinas rejection is not the UMKM's no, so it starts no cool-off. DECLINED is a final
 * status, so the row's {@code updated_at} is the moment of the decline.
 */
@Component
public class DeclineCoolOff {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration coolOff;

	DeclineCoolOff(JdbcClient jdbc, Clock clock,
			@Value("${simitra.partnership.decline-cool-off-days:90}") int coolOffDays) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.coolOff = Duration.ofDays(coolOffDays);
	}

	/** The block standing between this company and this UMKM now, if any. */
	public Optional<ProposalBlock> blockFor(Long companyId, Long umkmId) {
		Instant since = Instant.now(clock).minus(coolOff);
		return jdbc.sql("""
				select max(p.updated_at) as declined_at from partnership p
				where p.company_id = :company and p.umkm_id = :umkm and p.status = 'DECLINED' and p.updated_at > :since
				  and not exists (select 1 from offer_summary o join need_summary n on n.id = o.need_id
				                  where n.company_id = :company and o.umkm_id = :umkm and o.created_at > p.updated_at)
				""")
			.param("company", companyId)
			.param("umkm", umkmId)
			.param("since", OffsetDateTime.ofInstant(since, clock.getZone()))
			.query((rs, n) -> Optional.ofNullable(rs.getObject("declined_at", OffsetDateTime.class)))
			.single()
			.map(at -> {
				// The first whole day after the cool-off, so the date shown is never one
				// on which sending fails.
				LocalDate declinedOn = at.atZoneSameInstant(clock.getZone()).toLocalDate();
				return new ProposalBlock(declinedOn,
						at.toInstant().plus(coolOff).atZone(clock.getZone()).toLocalDate().plusDays(1));
			});
	}

}
