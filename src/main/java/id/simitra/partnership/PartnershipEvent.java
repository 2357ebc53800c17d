package id.simitra.partnership;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import id.simitra.account.Role;

/** One status change: who, when, why. Never updated or deleted. */
@Entity
@Table(name = "partnership_event")
class PartnershipEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "partnership_id", updatable = false)
	private Long partnershipId;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status", updatable = false)
	private PartnershipStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status", updatable = false)
	private PartnershipStatus toStatus;

	@Column(name = "actor_id", updatable = false)
	private Long actorId;

	@Enumerated(EnumType.STRING)
	@Column(name = "actor_role", updatable = false)
	private Role actorRole;

	@Column(updatable = false)
	private String reason;

	@Column(name = "occurred_at", updatable = false)
	private Instant occurredAt = Instant.now();

	protected PartnershipEvent() {
	}

	PartnershipEvent(Long partnershipId, PartnershipStatus fromStatus, PartnershipStatus toStatus, Long actorId,
			Role actorRole, String reason) {
		this.partnershipId = partnershipId;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.actorId = actorId;
		this.actorRole = actorRole;
		this.reason = reason;
	}

	PartnershipStatus getFromStatus() {
		return fromStatus;
	}

	PartnershipStatus getToStatus() {
		return toStatus;
	}

	Long getActorId() {
		return actorId;
	}

	Role getActorRole() {
		return actorRole;
	}

	String getReason() {
		return reason;
	}

	Instant getOccurredAt() {
		return occurredAt;
	}

}
