package id.simitra.umkm.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.umkm.CertificateExpiring;

/**
 * Every morning: each certificate in force (verified or waiting for an officer, not
 * rejected) that expires within {@value #DAYS_AHEAD} days is announced once per expiry
 * date ({@link CertificateExpiring}; the notification module tells the owner). "Today" is
 * the portal's Clock (WIB). Idempotent: finding and recording
 * ({@code umkm_certificate_expiry_notice}) is one statement, so a second run the same
 * day, a run after a missed day, or two instances at once tell nobody twice; a
 * certificate whose expiry date is changed (renewed) is told again before its new date.
 * <p>
 * Halal certificates issued since 2022 do not expire (the halal law as amended by Perppu
 * 2/2022, docs/certificates.md): an expiry date typed on one is not announced.
 */
@Component
public class CertificateExpiryReminders {

	public static final int DAYS_AHEAD = 30;

	/** Halal certificates issued on or after this day have no expiry. */
	public static final LocalDate HALAL_WITHOUT_EXPIRY_SINCE = LocalDate.of(2022, 1, 1);

	private static final Log log = LogFactory.getLog(CertificateExpiryReminders.class);

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CertificateExpiryReminders(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Scheduled(cron = "${simitra.certificates.expiry-reminder-cron}", zone = "Asia/Jakarta")
	void daily() {
		int told = remind();
		if (told > 0) {
			log.info(told + " certificate(s) expiring within " + DAYS_AHEAD + " days announced");
		}
	}

	/**
	 * Announces the certificates expiring within {@value #DAYS_AHEAD} days that were not
	 * announced for their current expiry date yet; how many.
	 */
	@Transactional
	public int remind() {
		LocalDate today = LocalDate.now(clock);
		List<CertificateExpiring> due = jdbc.sql("""
				with due as (
				    select c.id, c.umkm_id, c.type_code, c.number, c.expires_on from umkm_certificate c
				    where c.expires_on between :today and :horizon
				      and certificate_in_force(c.status, c.expires_on, :today)
				      and not (c.type_code = 'HALAL' and coalesce(c.issued_on >= :halalSince, false))
				), told as (
				    insert into umkm_certificate_expiry_notice (certificate_id, expires_on, noticed_at)
				    select id, expires_on, :now from due
				    on conflict (certificate_id, expires_on) do nothing
				    returning certificate_id
				)
				select due.* from due join told on told.certificate_id = due.id order by due.id
				""")
			.param("today", today)
			.param("horizon", today.plusDays(DAYS_AHEAD))
			.param("halalSince", HALAL_WITHOUT_EXPIRY_SINCE)
			.param("now", OffsetDateTime.now(clock))
			.query((rs, n) -> new CertificateExpiring(rs.getLong("id"), rs.getLong("umkm_id"),
					rs.getString("type_code"), rs.getString("number"), rs.getObject("expires_on", LocalDate.class)))
			.list();
		due.forEach(events::publishEvent);
		return due.size();
	}

}
