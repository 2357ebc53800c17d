package id.simitra.partnership.internal;

import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.simitra.partnership.PartnershipStatus;

/**
 * Maker-checker for large contracts (issue 16 §2): a partnership worth more than
 * {@code simitra.partnership.second-approval-above} rupiah (500 million by default) needs
 * the approval of two different officers of the UMKM's province. The first approval
 * leaves it FIRST_APPROVED; the officer who gave it cannot give the second, nor return or
 * reject it afterwards (their decision is taken): another officer decides.
 */
@Component
public class SecondApproval {

	private final JdbcClient jdbc;

	private final long threshold;

	SecondApproval(JdbcClient jdbc, @Value("${simitra.partnership.second-approval-above:500000000}") long threshold) {
		this.jdbc = jdbc;
		this.threshold = threshold;
	}

	/** The contract value above which two approvals are needed. */
	public long threshold() {
		return threshold;
	}

	/** Whether approving this partnership takes two officers. */
	public boolean needed(Partnership p) {
		return p.getEstimatedValue() > threshold;
	}

	/**
	 * The officer who gave the first approval the partnership is waiting on: the latest
	 * step into FIRST_APPROVED (after a return and resubmission an earlier round's first
	 * approval no longer counts). Empty unless it waits for the second approval.
	 */
	public Optional<Long> firstApprover(Partnership p) {
		if (p.getStatus() != PartnershipStatus.FIRST_APPROVED) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select actor_id from partnership_event
				where partnership_id = ? and kind = 'STATUS' and to_status = 'FIRST_APPROVED'
				order by occurred_at desc, id desc limit 1""").param(p.getId()).query(Long.class).optional();
	}

}
