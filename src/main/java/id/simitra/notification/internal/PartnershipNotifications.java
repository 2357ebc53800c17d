package id.simitra.notification.internal;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import id.simitra.account.AccountService;
import id.simitra.account.Role;
import id.simitra.notification.NotificationKind;
import id.simitra.notification.NotificationService;
import id.simitra.partnership.PartnershipRated;
import id.simitra.partnership.PartnershipStatus;
import id.simitra.partnership.PartnershipStepTaken;

/**
 * Tells whoever has to act next on a partnership, or whom a step concerns, with a link to
 * it: the UMKM's owner, the company's members ({@code CompanyService.memberAccountIds}),
 * the officers of the UMKM's province. Each listener runs after the partnership's
 * transaction commits, in its own transaction: if it fails, none of its notifications is
 * stored and the publication stays incomplete in the registry, to be resubmitted
 * (docs/notification.md).
 */
@Component
class PartnershipNotifications {

	private static final Log log = LogFactory.getLog(PartnershipNotifications.class);

	private final NotificationService notifications;

	private final AccountService accounts;

	private final Recipients recipients;

	PartnershipNotifications(NotificationService notifications, AccountService accounts, Recipients recipients) {
		this.notifications = notifications;
		this.accounts = accounts;
		this.recipients = recipients;
	}

	@ApplicationModuleListener
	void stepTaken(PartnershipStepTaken step) {
		String company = step.companyName();
		String umkm = step.umkmName();
		String object = step.object();
		Long id = step.partnershipId();
		List<Long> companyMembers = recipients.companyMembers(step.companyId(), step.companyOwnerId());
		List<Long> umkmOwner = List.of(step.umkmOwnerId());
		switch (step.action()) {
			case PROPOSE ->
				tell(umkmOwner, step.from() == PartnershipStatus.RETURNED ? NotificationKind.PARTNERSHIP_REPROPOSED
						: NotificationKind.PARTNERSHIP_PROPOSED, id, company, object);
			case ACCEPT -> tell(companyMembers, NotificationKind.PARTNERSHIP_ACCEPTED, id, umkm, object);
			case DECLINE -> tell(companyMembers, NotificationKind.PARTNERSHIP_DECLINED, id, umkm, object);
			case SUBMIT -> {
				String province = step.umkmRegencyCode().substring(0, 2);
				List<Long> officers = accounts.officerIdsInProvince(province);
				if (officers.isEmpty()) {
					log.warn("Partnership " + id + " submitted, but no officer works for province " + province);
				}
				tell(officers, NotificationKind.PARTNERSHIP_SUBMITTED, id, company, umkm, object);
			}
			case APPROVE, RETURN, REJECT -> {
				NotificationKind kind = switch (step.action()) {
					case APPROVE -> NotificationKind.PARTNERSHIP_APPROVED;
					case RETURN -> NotificationKind.PARTNERSHIP_RETURNED;
					default -> NotificationKind.PARTNERSHIP_REJECTED;
				};
				tell(companyMembers, kind, id, object);
				tell(umkmOwner, kind, id, object);
			}
			case ACTIVATE, COMPLETE, TERMINATE -> {
				boolean byCompany = step.actorSide() == Role.COMPANY;
				NotificationKind kind = switch (step.action()) {
					case ACTIVATE -> NotificationKind.PARTNERSHIP_ACTIVATED;
					case COMPLETE -> NotificationKind.PARTNERSHIP_COMPLETED;
					default -> NotificationKind.PARTNERSHIP_TERMINATED;
				};
				tell(byCompany ? umkmOwner : companyMembers, kind, id, byCompany ? company : umkm, object);
			}
		}
	}

	@ApplicationModuleListener
	void rated(PartnershipRated rating) {
		List<Long> ratee = rating.raterSide() == Role.UMKM
				? recipients.companyMembers(rating.rateeCompanyId(), rating.rateeAccountId())
				: List.of(rating.rateeAccountId());
		tell(ratee, NotificationKind.PARTNERSHIP_RATED, rating.partnershipId(), rating.raterName(),
				String.valueOf(rating.score()), rating.object());
	}

	private void tell(List<Long> accounts, NotificationKind kind, Long partnershipId, String... args) {
		notifications.notifyAll(accounts, kind, List.of(args), kind.link(partnershipId));
	}

}
