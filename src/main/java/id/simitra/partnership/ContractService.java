package id.simitra.partnership;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.account.AccountService;
import id.simitra.account.Role;
import id.simitra.account.SimitraUser;
import id.simitra.partnership.internal.ContractView;
import id.simitra.partnership.internal.Partnership;
import id.simitra.partnership.internal.PartnershipAccess;
import id.simitra.partnership.internal.PartnershipEvent;
import id.simitra.partnership.internal.PartnershipEventRepository;
import id.simitra.partnership.internal.PartnershipRepository;
import id.simitra.platform.ConflictException;
import id.simitra.platform.FormInput;
import id.simitra.platform.NotFoundException;
import id.simitra.umkm.DocumentService;
import id.simitra.umkm.NewDocument;

/**
 * The contract a partnership became and how it is followed (issue 16): the accepted
 * offer's terms beside the contract's, and the deliveries and payments the two parties
 * record after the Dinas approved it. Whoever may see the partnership reads it
 * ({@link PartnershipAccess}: the parties, officers of the UMKM's province,
 * administrators); only the two parties write, each record also going into the audit
 * trail. "Today" (future dates, late payments) is the WIB day of the portal's clock.
 */
@Service
public class ContractService {

	/** Deliveries are recorded while the contract is in force. */
	static final Set<PartnershipStatus> DELIVERIES_OPEN = EnumSet.of(PartnershipStatus.APPROVED,
			PartnershipStatus.ACTIVE);

	/**
	 * Payments also after completion: the last one is often due after the last delivery.
	 */
	static final Set<PartnershipStatus> PAYMENTS_OPEN = EnumSet.of(PartnershipStatus.APPROVED, PartnershipStatus.ACTIVE,
			PartnershipStatus.COMPLETED);

	private final PartnershipRepository partnerships;

	private final PartnershipAccess access;

	private final PartnershipEventRepository events;

	private final DocumentService documents;

	private final AccountService accounts;

	private final JdbcClient jdbc;

	private final Clock clock;

	ContractService(PartnershipRepository partnerships, PartnershipAccess access, PartnershipEventRepository events,
			DocumentService documents, AccountService accounts, JdbcClient jdbc, Clock clock) {
		this.partnerships = partnerships;
		this.access = access;
		this.events = events;
		this.documents = documents;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The contract of a partnership this person may see; 404 otherwise. */
	@Transactional(readOnly = true)
	public ContractView view(SimitraUser viewer, Long id) {
		Partnership p = findVisible(viewer, id);
		ContractTerms offer = p.getOfferTerms();
		ContractTerms contract = p.getTerms();
		int months = ContractTerms.months(p.getStartDate(), p.getEndDate());
		Long offerValue = offer == null ? null : offer.value(months);
		List<ContractView.TermChange> changes = new ArrayList<>();
		if (offer != null && contract != null) {
			if (offer.unitPrice() != contract.unitPrice()) {
				changes.add(new ContractView.TermChange("unitPrice", offer.unitPrice(), contract.unitPrice()));
			}
			if (offer.quantity().compareTo(contract.quantity()) != 0) {
				changes.add(new ContractView.TermChange("quantity", offer.quantity().stripTrailingZeros(),
						contract.quantity().stripTrailingZeros()));
			}
			if (offer.leadTimeDays() != contract.leadTimeDays()) {
				changes.add(new ContractView.TermChange("leadTimeDays", offer.leadTimeDays(), contract.leadTimeDays()));
			}
		}
		if (offerValue != null && offerValue != p.getEstimatedValue()) {
			changes.add(new ContractView.TermChange("estimatedValue", offerValue, p.getEstimatedValue()));
		}
		LocalDate today = LocalDate.now(clock);
		List<DeliveryRow> deliveryRows = jdbc.sql("""
				select id, delivered_on, period_end, quantity, value, note, document_id, recorded_by, recorded_at
				from partnership_delivery where partnership_id = :id order by delivered_on, id
				""").param("id", id).query(DeliveryRow.class).list();
		List<PaymentRow> paymentRows = jdbc.sql("""
				select id, amount, due_date, paid_on, note, recorded_by, version
				from partnership_payment where partnership_id = :id order by due_date, id
				""").param("id", id).query(PaymentRow.class).list();
		Set<Long> recorders = new HashSet<>();
		deliveryRows.forEach(d -> recorders.add(d.recordedBy()));
		paymentRows.forEach(r -> recorders.add(r.recordedBy()));
		Map<Long, String> names = accounts.displayNames(recorders);
		List<ContractView.Delivery> deliveries = deliveryRows.stream()
			.map(d -> new ContractView.Delivery(d.id(), d.deliveredOn(), d.periodEnd(), d.quantity(), d.value(),
					d.note(), d.documentId(), names.getOrDefault(d.recordedBy(), "?"), d.recordedAt().toInstant()))
			.toList();
		List<ContractView.Payment> payments = paymentRows.stream()
			.map(r -> new ContractView.Payment(r.id(), r.amount(), r.dueDate(), r.paidOn(), r.note(),
					isLate(r.dueDate(), r.paidOn(), today), r.paidOn() != null && r.paidOn().isAfter(r.dueDate()),
					names.getOrDefault(r.recordedBy(), "?"), r.version()))
			.toList();
		long realised = deliveries.stream().mapToLong(ContractView.Delivery::value).sum();
		long paid = payments.stream().filter(ContractView.Payment::paid).mapToLong(ContractView.Payment::amount).sum();
		int late = (int) payments.stream().filter(ContractView.Payment::late).count();
		Role side = access.sideOf(viewer, p);
		boolean party = side == Role.COMPANY || side == Role.UMKM;
		return new ContractView(p.getId(), p.getOfferId(),
				p.getContractUnit() != null ? p.getContractUnit() : p.getOfferUnit(), offer, contract, months,
				offerValue, p.getEstimatedValue(), changes, deliveries, payments, realised, paid, late,
				party && DELIVERIES_OPEN.contains(p.getStatus()), party && PAYMENTS_OPEN.contains(p.getStatus()));
	}

	/**
	 * Late: unpaid after its due date (the one rule; the reports count late payments the
	 * same way in SQL).
	 */
	public static boolean isLate(LocalDate dueDate, @Nullable LocalDate paidOn, LocalDate today) {
		return paidOn == null && dueDate.isBefore(today);
	}

	/**
	 * One of the parties records a delivery or service period, with an optional document
	 * (a delivery note, a handover report) stored like the agreement: the company's
	 * upload counts against the company's storage, the UMKM's against its own. 404 for
	 * whoever may not see the partnership, 403 for officers and administrators, 409
	 * before approval or after the contract ended.
	 */
	@Transactional
	public Long recordDelivery(SimitraUser actor, Long id, DeliveryData data, @Nullable NewDocument document) {
		Partnership p = findVisible(actor, id);
		Role side = requireParty(actor, p);
		if (!DELIVERIES_OPEN.contains(p.getStatus())) {
			throw new ConflictException("Partnership " + id + " is " + p.getStatus() + ": no deliveries now");
		}
		LocalDate today = LocalDate.now(clock);
		if (data.deliveredOn().isAfter(today) || (data.periodEnd() != null && data.periodEnd().isAfter(today))) {
			throw new IllegalArgumentException("A delivery is recorded once it happened, not on " + data.deliveredOn());
		}
		if (data.periodEnd() != null && data.periodEnd().isBefore(data.deliveredOn())) {
			throw new IllegalArgumentException("A service period ends on or after its first day");
		}
		if (data.value() < 0) {
			throw new IllegalArgumentException("A delivery's value is not negative");
		}
		Long documentId = document == null ? null
				: side == Role.COMPANY ? documents.storeFromCompany(p.getCompanyId(), p.getUmkmId(), document)
						: documents.store(p.getUmkmId(), document);
		Long deliveryId = jdbc.sql("""
				insert into partnership_delivery (partnership_id, delivered_on, period_end, quantity, value, note,
				                                  document_id, recorded_by, recorded_at)
				values (:p, :on, :end, :quantity, :value, :note, :document, :by, :at) returning id
				""")
			.param("p", id)
			.param("on", data.deliveredOn())
			.param("end", data.periodEnd())
			.param("quantity", data.quantity())
			.param("value", data.value())
			.param("note", blankToNull(data.note()))
			.param("document", documentId)
			.param("by", actor.accountId())
			.param("at", Timestamp.from(Instant.now(clock)))
			.query(Long.class)
			.single();
		String text = data.deliveredOn() + (data.periodEnd() == null ? "" : " – " + data.periodEnd()) + " · Rp "
				+ FormInput.rupiahText(data.value())
				+ (data.quantity() == null ? "" : " · " + FormInput.text(data.quantity()));
		record(p, actor, "delivery", "-", text);
		return deliveryId;
	}

	/**
	 * One of the parties records a payment due under the contract, paid already or not.
	 * Same access as deliveries; open after completion too.
	 */
	@Transactional
	public Long recordPayment(SimitraUser actor, Long id, PaymentData data) {
		Partnership p = findVisible(actor, id);
		requireParty(actor, p);
		requirePaymentsOpen(p);
		if (data.amount() < 1) {
			throw new IllegalArgumentException("A payment is at least Rp 1");
		}
		requireNotFuture(data.paidOn());
		Long paymentId = jdbc.sql("""
				insert into partnership_payment (partnership_id, amount, due_date, paid_on, note, recorded_by,
				                                 recorded_at, paid_recorded_by)
				values (:p, :amount, :due, :paid, :note, :by, :at, :paidBy) returning id
				""")
			.param("p", id)
			.param("amount", data.amount())
			.param("due", data.dueDate())
			.param("paid", data.paidOn())
			.param("note", blankToNull(data.note()))
			.param("by", actor.accountId())
			.param("at", Timestamp.from(Instant.now(clock)))
			.param("paidBy", data.paidOn() == null ? null : actor.accountId())
			.query(Long.class)
			.single();
		record(p, actor, "payment", "-", "Rp " + FormInput.rupiahText(data.amount()) + " · " + data.dueDate()
				+ (data.paidOn() == null ? "" : " · " + data.paidOn()));
		return paymentId;
	}

	/**
	 * A party records that a payment was made on {@code paidOn}. 404 for a payment of
	 * another partnership; 409 when it is paid already or changed since
	 * {@code expectedVersion}.
	 */
	@Transactional
	public void markPaid(SimitraUser actor, Long id, Long paymentId, LocalDate paidOn, @Nullable Long expectedVersion) {
		Partnership p = findVisible(actor, id);
		requireParty(actor, p);
		requirePaymentsOpen(p);
		requireNotFuture(paidOn);
		PaymentRow payment = jdbc.sql("""
				select id, amount, due_date, paid_on, note, recorded_by, version
				from partnership_payment where id = :payment and partnership_id = :p for update
				""")
			.param("payment", paymentId)
			.param("p", id)
			.query(PaymentRow.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("Payment " + paymentId + " of partnership " + id));
		if (payment.paidOn() != null) {
			throw new ConflictException("Payment " + paymentId + " was paid on " + payment.paidOn());
		}
		if (expectedVersion != null && expectedVersion != payment.version()) {
			throw new ConflictException("Payment " + paymentId + " changed since it was shown");
		}
		jdbc.sql("""
				update partnership_payment set paid_on = :paid, paid_recorded_by = :by, version = version + 1
				where id = :payment
				""").param("paid", paidOn).param("by", actor.accountId()).param("payment", paymentId).update();
		record(p, actor, "paymentPaid", "Rp " + FormInput.rupiahText(payment.amount()) + " · " + payment.dueDate(),
				paidOn.toString());
	}

	private void requirePaymentsOpen(Partnership p) {
		if (!PAYMENTS_OPEN.contains(p.getStatus())) {
			throw new ConflictException("Partnership " + p.getId() + " is " + p.getStatus() + ": no payments now");
		}
	}

	private void requireNotFuture(@Nullable LocalDate paidOn) {
		if (paidOn != null && paidOn.isAfter(LocalDate.now(clock))) {
			throw new IllegalArgumentException("A payment is recorded as paid once it was, not on " + paidOn);
		}
	}

	private Role requireParty(SimitraUser actor, Partnership p) {
		Role side = access.sideOf(actor, p);
		if (side != Role.COMPANY && side != Role.UMKM) {
			throw new AccessDeniedException("Only the two parties record on partnership " + p.getId());
		}
		return side;
	}

	private Partnership findVisible(SimitraUser viewer, Long id) {
		return partnerships.findById(id)
			.filter(found -> access.canSee(viewer, found))
			.orElseThrow(() -> new NotFoundException("Partnership " + id));
	}

	/** Into the audit trail as an entry of its own, beside the status steps. */
	private void record(Partnership p, SimitraUser actor, String field, String from, String to) {
		events.save(new PartnershipEvent(p.getId(), PartnershipEvent.Kind.EDITED, p.getStatus(), p.getStatus(),
				actor.accountId(), actor.role(), null, field + "\t" + from + "\t" + to, Instant.now(clock)));
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private record DeliveryRow(Long id, LocalDate deliveredOn, @Nullable LocalDate periodEnd,
			@Nullable BigDecimal quantity, long value, @Nullable String note, @Nullable Long documentId,
			Long recordedBy, Timestamp recordedAt) {
	}

	private record PaymentRow(Long id, long amount, LocalDate dueDate, @Nullable LocalDate paidOn,
			@Nullable String note, Long recordedBy, long version) {
	}

}
