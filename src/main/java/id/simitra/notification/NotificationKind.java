package id.simitra.notification;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import id.simitra.account.Role;
import id.simitra.platform.Formats;

/**
 * The catalogue of notifications: every kind the portal sends, whom it goes to, its text
 * (message key, in {@code messages.properties} and {@code messages_en.properties}) and
 * where it links. The "Notifications" table of docs/notification.md is this list
 * ({@code NotificationCatalogueTest} compares them). Adding a kind: a constant here, its
 * text and its label ({@code notification.kind.<NAME>}) in both message files, a row in
 * docs/notification.md, and the listener that raises it; the settings page, the e-mail
 * choice and the hourly batching follow from the constant.
 * <p>
 * In-app always; by e-mail when the person chose it on {@code /notifikasi/pengaturan}
 * (default: {@link #emailByDefault}). A {@link #batched} kind is chatty: its e-mails are
 * gathered into at most one per hour per person.
 */
public enum NotificationKind {

	// ---- needs and offers ----

	/**
	 * A new need fits the UMKM (matching's score at least
	 * {@code simitra.matching.notify-min-score}): its owner.
	 */
	NEED_FITS(Topic.OFFERS, "notification.needFits", "/umkm/kebutuhan/{id}", false, Role.UMKM),

	/** A company asks the UMKM to offer on its need: the UMKM's owner. */
	INVITED_TO_OFFER(Topic.OFFERS, "notification.invited", "/umkm/kebutuhan/{id}", false, Role.UMKM),

	/** An UMKM made an offer on a need: the company's members. */
	OFFER_RECEIVED(Topic.OFFERS, "notification.offerReceived", "/perusahaan/kebutuhan/{id}/penawaran", false,
			Role.COMPANY),

	/** The company shortlisted the UMKM's offer: its owner. */
	OFFER_SHORTLISTED(Topic.OFFERS, "notification.offerShortlisted", "/umkm/penawaran/{id}", false, Role.UMKM),

	/** The company accepted the UMKM's offer: its owner. */
	OFFER_ACCEPTED(Topic.OFFERS, "notification.offerAccepted", "/umkm/penawaran/{id}", false, Role.UMKM),

	/** The company declined the UMKM's offer, with its reason: its owner. */
	OFFER_DECLINED(Topic.OFFERS, "notification.offerDeclined", "/umkm/penawaran/{id}", false, Role.UMKM),

	/**
	 * An officer recommended an UMKM for the company's need: the company's members.
	 */
	RECOMMENDED_TO_COMPANY(Topic.OFFERS, "notification.recommendedToCompany", "/perusahaan/kebutuhan/{id}/penawaran",
			false, Role.COMPANY),

	/** An officer recommended the UMKM for a company's need: its owner. */
	RECOMMENDED_UMKM(Topic.OFFERS, "notification.recommendedUmkm", "/umkm/kebutuhan/{id}", false, Role.UMKM),

	// ---- conversations ----

	/**
	 * A new message in a conversation: the other party (the UMKM's owner, or the
	 * company's members but the writer). Chatty, so its e-mails are batched.
	 */
	MESSAGE_RECEIVED(Topic.CONVERSATIONS, "notification.message", "/percakapan/{id}", true, Role.UMKM, Role.COMPANY),

	// ---- certificates and identity ----

	/** An officer verified a certificate: the UMKM's owner. */
	CERTIFICATE_VERIFIED(Topic.CERTIFICATES, "notification.certificateVerified", "/umkm/sertifikat", false, Role.UMKM),

	/** An officer rejected a certificate, with the reason: the UMKM's owner. */
	CERTIFICATE_REJECTED(Topic.CERTIFICATES, "notification.certificateRejected", "/umkm/sertifikat/{id}/ubah", false,
			Role.UMKM),

	/**
	 * A certificate expires within 30 days (daily job, once per certificate and expiry
	 * date): the UMKM's owner.
	 */
	CERTIFICATE_EXPIRING(Topic.CERTIFICATES, "notification.certificateExpiring", "/umkm/sertifikat/{id}/ubah", false,
			Role.UMKM),

	/** An officer verified the business's identity: the UMKM's owner. */
	IDENTITY_VERIFIED(Topic.CERTIFICATES, "notification.identityVerified", "/umkm", false, Role.UMKM),

	// ---- partnerships ----

	/** A company proposed a partnership: the UMKM's owner. */
	PARTNERSHIP_PROPOSED(Topic.PARTNERSHIPS, "lifecycle.notify.proposed", "/kemitraan/{id}", false, Role.UMKM),

	/** The company changed a returned proposal and proposes again: the UMKM's owner. */
	PARTNERSHIP_REPROPOSED(Topic.PARTNERSHIPS, "lifecycle.notify.reproposed", "/kemitraan/{id}", false, Role.UMKM),

	/** The UMKM accepted the proposal: the company's members. */
	PARTNERSHIP_ACCEPTED(Topic.PARTNERSHIPS, "lifecycle.notify.accepted", "/kemitraan/{id}", false, Role.COMPANY),

	/** The UMKM declined the proposal: the company's members. */
	PARTNERSHIP_DECLINED(Topic.PARTNERSHIPS, "lifecycle.notify.declined", "/kemitraan/{id}", false, Role.COMPANY),

	/**
	 * The company submitted the partnership: every enabled officer of the UMKM's
	 * province.
	 */
	PARTNERSHIP_SUBMITTED(Topic.PARTNERSHIPS, "lifecycle.notify.submitted", "/kemitraan/{id}", false, Role.OFFICER),

	/** The office approved: the UMKM's owner and the company's members. */
	PARTNERSHIP_APPROVED(Topic.PARTNERSHIPS, "lifecycle.notify.approve", "/kemitraan/{id}", false, Role.UMKM,
			Role.COMPANY),

	/** The office returned it for changes: the UMKM's owner and the company's members. */
	PARTNERSHIP_RETURNED(Topic.PARTNERSHIPS, "lifecycle.notify.return", "/kemitraan/{id}", false, Role.UMKM,
			Role.COMPANY),

	/** The office rejected it: the UMKM's owner and the company's members. */
	PARTNERSHIP_REJECTED(Topic.PARTNERSHIPS, "lifecycle.notify.reject", "/kemitraan/{id}", false, Role.UMKM,
			Role.COMPANY),

	/** One side started it: the other side. */
	PARTNERSHIP_ACTIVATED(Topic.PARTNERSHIPS, "lifecycle.notify.activate", "/kemitraan/{id}", false, Role.UMKM,
			Role.COMPANY),

	/** One side marked it completed: the other side. */
	PARTNERSHIP_COMPLETED(Topic.PARTNERSHIPS, "lifecycle.notify.complete", "/kemitraan/{id}", false, Role.UMKM,
			Role.COMPANY),

	/** One side ended it: the other side. */
	PARTNERSHIP_TERMINATED(Topic.PARTNERSHIPS, "lifecycle.notify.terminate", "/kemitraan/{id}", false, Role.UMKM,
			Role.COMPANY),

	/** One side rated the other: the rated side (UMKM owner or company members). */
	PARTNERSHIP_RATED(Topic.PARTNERSHIPS, "lifecycle.notify.rated", "/kemitraan/{id}", false, Role.UMKM, Role.COMPANY),

	// ---- business-matching events ----

	/**
	 * An officer invited the company or UMKM to an event: the company's members, the
	 * UMKM's owner.
	 */
	EVENT_INVITATION(Topic.EVENTS, "notification.eventInvitation", "/acara/{id}", false, Role.UMKM, Role.COMPANY),

	/** An officer approved the UMKM's registration for an event: its owner. */
	EVENT_REGISTRATION_APPROVED(Topic.EVENTS, "notification.eventApproved", "/acara/{id}", false, Role.UMKM),

	/** An officer refused the UMKM's registration, with the reason: its owner. */
	EVENT_REGISTRATION_REFUSED(Topic.EVENTS, "notification.eventRefused", "/acara/{id}", false, Role.UMKM),

	/**
	 * The officer published the schedule of an event: the owners of its UMKM and the
	 * members of its companies (approved or with a meeting).
	 */
	SCHEDULE_PUBLISHED(Topic.EVENTS, "notification.schedulePublished", "/acara/{id}/agenda", false, Role.UMKM,
			Role.COMPANY),

	/**
	 * A participant asked for a meeting before the day: the other side (the UMKM's owner,
	 * or the company's members).
	 */
	EVENT_MEETING_REQUESTED(Topic.EVENTS, "notification.meetingRequested", "/acara/{id}/pertemuan", false, Role.UMKM,
			Role.COMPANY),

	/** The other side accepted a meeting request: the side that asked. */
	EVENT_MEETING_ACCEPTED(Topic.EVENTS, "notification.meetingAccepted", "/acara/{id}/pertemuan", false, Role.UMKM,
			Role.COMPANY),

	/**
	 * The side that asked took its waiting meeting request back: the other side, which
	 * had it to answer.
	 */
	EVENT_MEETING_WITHDRAWN(Topic.EVENTS, "notification.meetingWithdrawn", "/acara/{id}/pertemuan", false, Role.UMKM,
			Role.COMPANY),

	/** The other side declined a meeting request: the side that asked. */
	EVENT_MEETING_DECLINED(Topic.EVENTS, "notification.meetingDeclined", "/acara/{id}/pertemuan", false, Role.UMKM,
			Role.COMPANY),

	/**
	 * A participant withdrew from an event after the schedule was out: the partners of
	 * its cancelled meetings.
	 */
	EVENT_MEETING_CANCELLED(Topic.EVENTS, "notification.meetingCancelled", "/acara/{id}/agenda", false, Role.UMKM,
			Role.COMPANY),

	/**
	 * The organising officer cancelled the event, with the reason: the invited and the
	 * registered companies' members and UMKM's owners.
	 */
	EVENT_CANCELLED(Topic.EVENTS, "notification.eventCancelled", "/acara/{id}", false, Role.UMKM, Role.COMPANY);

	/** Headings of the settings page. */
	public enum Topic {

		OFFERS, CONVERSATIONS, CERTIFICATES, PARTNERSHIPS, EVENTS

	}

	private final Topic topic;

	private final String messageKey;

	private final String link;

	private final boolean batched;

	// Unmodifiable (Set.copyOf), which Error Prone cannot see through the Set type.
	@SuppressWarnings("ImmutableEnumChecker")
	private final Set<Role> receivers;

	NotificationKind(Topic topic, String messageKey, String link, boolean batched, Role first, Role... more) {
		this.topic = topic;
		this.messageKey = messageKey;
		this.link = link;
		this.batched = batched;
		this.receivers = Set.copyOf(EnumSet.of(first, more));
	}

	public Topic topic() {
		return topic;
	}

	/** The text, with its arguments: {@code messages*.properties}. */
	public String messageKey() {
		return messageKey;
	}

	/** Its label on the settings page. */
	public String labelKey() {
		return "notification.kind." + name();
	}

	/** The link pattern, {@code {id}} standing for the record it is about. */
	public String linkPattern() {
		return link;
	}

	public String link(Object id) {
		return link.replace("{id}", String.valueOf(id));
	}

	/**
	 * Chatty: e-mails of this kind are gathered into at most one per hour per person.
	 */
	public boolean batched() {
		return batched;
	}

	/**
	 * Whether it also goes by e-mail until the person chooses: every kind does, as before
	 * the choice existed (a notification is something to know or act on).
	 */
	public boolean emailByDefault() {
		return true;
	}

	/** The roles of the accounts that may receive it (the settings page offers these). */
	public Set<Role> receivers() {
		return receivers;
	}

	/** The kinds an account of this role may receive, in catalogue order. */
	public static List<NotificationKind> forRole(Role role) {
		return Arrays.stream(values()).filter(k -> k.receivers.contains(role)).toList();
	}

	/**
	 * The positions of the arguments that are days. They are stored as {@code yyyy-MM-dd}
	 * (a day at the venue or of a certificate: no time, so no zone to convert) and shown
	 * in the reader's language ("10 Desember 2026", "December 10, 2026"), as the pages
	 * show dates ({@code #fmt.date}).
	 */
	public Set<Integer> dateArguments() {
		return switch (this) {
			case EVENT_INVITATION, EVENT_CANCELLED -> Set.of(1);
			case CERTIFICATE_EXPIRING -> Set.of(2);
			default -> Set.of();
		};
	}

	/**
	 * The stored arguments as the text in {@code language} shows them: days formatted for
	 * the reader (an argument that is not a day is left as stored).
	 */
	public Object[] arguments(List<String> args, Locale language) {
		Object[] shown = args.toArray();
		for (int i : dateArguments()) {
			if (i < shown.length) {
				try {
					shown[i] = Formats.date(LocalDate.parse(args.get(i)), language);
				}
				catch (DateTimeParseException ex) {
					// stored before it was a day, or by hand: shown as it is
				}
			}
		}
		return shown;
	}

	/** The arguments of a stored text in {@code language} (any kind, or none). */
	public static Object[] arguments(String messageKey, List<String> args, Locale language) {
		return ofMessageKey(messageKey).map(kind -> kind.arguments(args, language)).orElseGet(args::toArray);
	}

	/** The kind whose text this is (notifications store the key). */
	public static Optional<NotificationKind> ofMessageKey(String messageKey) {
		return Arrays.stream(values()).filter(k -> k.messageKey.equals(messageKey)).findFirst();
	}

}
