package id.simitra.notification.internal;

import java.util.List;
import java.util.Locale;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import id.simitra.account.AccountService;
import id.simitra.account.Role;
import id.simitra.notification.NotificationService;
import id.simitra.partnership.PartnershipRated;
import id.simitra.partnership.PartnershipStatus;
import id.simitra.partnership.PartnershipStepTaken;

/**
 * Tells whoever has to act next on a partnership, or whom a step concerns, with a link to
 * it. Each listener runs after the partnership's transaction commits, in its own
 * transaction: if it fails, none of its notifications is stored and the publication stays
 * incomplete in the registry, to be resubmitted (docs/notification.md).
 */
@Component
class PartnershipNotifications {

	private static final Log log = LogFactory.getLog(PartnershipNotifications.class);

	private final NotificationService notifications;

	private final AccountService accounts;

	PartnershipNotifications(NotificationService notifications, AccountService accounts) {
		this.notifications = notifications;
		this.accounts = accounts;
	}

	@ApplicationModuleListener
	void stepTaken(PartnershipStepTaken step) {
		String company = step.companyName();
		String umkm = step.umkmName();
		String object = step.object();
		String link = link(step.partnershipId());
		switch (step.action()) {
			case PROPOSE -> notifications.notify(step.umkmOwnerId(), step.from() == PartnershipStatus.RETURNED
					? "lifecycle.notify.reproposed" : "lifecycle.notify.proposed", List.of(company, object), link);
			case ACCEPT ->
				notifications.notify(step.companyOwnerId(), "lifecycle.notify.accepted", List.of(umkm, object), link);
			case DECLINE ->
				notifications.notify(step.companyOwnerId(), "lifecycle.notify.declined", List.of(umkm, object), link);
			case SUBMIT -> {
				String province = step.umkmRegencyCode().substring(0, 2);
				List<Long> officers = accounts.officerIdsInProvince(province);
				if (officers.isEmpty()) {
					log.warn("Partnership " + step.partnershipId() + " submitted, but no officer works for province "
							+ province);
				}
				officers.forEach(o -> notifications.notify(o, "lifecycle.notify.submitted",
						List.of(company, umkm, object), link));
			}
			case APPROVE, RETURN, REJECT -> {
				String key = "lifecycle.notify." + step.action().name().toLowerCase(Locale.ROOT);
				notifications.notify(step.companyOwnerId(), key, List.of(object), link);
				notifications.notify(step.umkmOwnerId(), key, List.of(object), link);
			}
			case ACTIVATE, COMPLETE, TERMINATE -> {
				boolean byCompany = step.actorSide() == Role.COMPANY;
				String key = "lifecycle.notify." + step.action().name().toLowerCase(Locale.ROOT);
				notifications.notify(byCompany ? step.umkmOwnerId() : step.companyOwnerId(), key,
						List.of(byCompany ? company : umkm, object), link);
			}
		}
	}

	@ApplicationModuleListener
	void rated(PartnershipRated rating) {
		notifications.notify(rating.rateeAccountId(), "lifecycle.notify.rated",
				List.of(rating.raterName(), String.valueOf(rating.score()), rating.object()),
				link(rating.partnershipId()));
	}

	private static String link(Long partnershipId) {
		return "/kemitraan/" + partnershipId;
	}

}
