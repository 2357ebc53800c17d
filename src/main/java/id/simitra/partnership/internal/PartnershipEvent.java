package id.simitra.partnership.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

import id.simitra.account.Role;
import id.simitra.partnership.PartnershipStatus;

/**
 * One entry of the audit trail: a creation, an edit (with the changed fields), a status
 * change or a rating; who, in which role, when, why. Only ever inserted: the database
 * refuses UPDATE and DELETE (V15 trigger).
 */
@Entity
@Immutable
@Table(name = "partnership_event")
public class PartnershipEvent {

	public enum Kind {

		CREATED, EDITED, STATUS, RATED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "partnership_id", updatable = false)
	private Long partnershipId;

	@Enumerated(EnumType.STRING)
	@Column(updatable = false)
	private Kind kind;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status", updatable = false)
	private @Nullable PartnershipStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status", updatable = false)
	private PartnershipStatus toStatus;

	@Column(name = "actor_id", updatable = false)
	private Long actorId;

	@Enumerated(EnumType.STRING)
	@Column(name = "actor_role", updatable = false)
	private Role actorRole;

	@Column(updatable = false)
	private @Nullable String reason;

	@Column(updatable = false)
	private @Nullable String summary;

	@Column(name = "occurred_at", updatable = false)
	private Instant occurredAt;

	protected PartnershipEvent() {
	}

	public PartnershipEvent(Long partnershipId, Kind kind, @Nullable PartnershipStatus fromStatus,
			PartnershipStatus toStatus, Long actorId, Role actorRole, @Nullable String reason, @Nullable String summary,
			Instant occurredAt) {
		this.partnershipId = partnershipId;
		this.kind = kind;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.actorId = actorId;
		this.actorRole = actorRole;
		this.reason = reason;
		this.summary = summary;
		this.occurredAt = occurredAt;
	}

	public Kind getKind() {
		return kind;
	}

	public @Nullable PartnershipStatus getFromStatus() {
		return fromStatus;
	}

	public PartnershipStatus getToStatus() {
		return toStatus;
	}

	public Long getActorId() {
		return actorId;
	}

	public Role getActorRole() {
		return actorRole;
	}

	public @Nullable String getReason() {
		return reason;
	}

	public @Nullable String getSummary() {
		return summary;
	}

	public Instant getOccurredAt() {
		return occurredAt;
	}

}
