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

/**
 * One side's rating of the other after a completed partnership; given once, never
 * changed.
 */
@Entity
@Immutable
@Table(name = "partnership_rating")
public class PartnershipRating {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "partnership_id")
	private Long partnershipId;

	@Column(name = "rater_id")
	private Long raterId;

	/** COMPANY or UMKM: the side that gives the rating; the other side receives it. */
	@Enumerated(EnumType.STRING)
	@Column(name = "rater_side")
	private Role raterSide;

	private short score;

	private @Nullable String comment;

	@Column(name = "created_at")
	private Instant createdAt;

	/**
	 * The rater allowed the comment to be shown publicly (issue 16: a company's comment
	 * on the UMKM's storefront).
	 */
	@Column(name = "comment_public")
	private boolean commentPublic;

	protected PartnershipRating() {
	}

	public PartnershipRating(Long partnershipId, Long raterId, Role raterSide, int score, @Nullable String comment,
			Instant createdAt) {
		this.partnershipId = partnershipId;
		this.raterId = raterId;
		this.raterSide = raterSide;
		this.score = (short) score;
		this.comment = comment;
		this.createdAt = createdAt;
	}

	public PartnershipRating(Long partnershipId, Long raterId, Role raterSide, int score, @Nullable String comment,
			boolean commentPublic, Instant createdAt) {
		this(partnershipId, raterId, raterSide, score, comment, createdAt);
		this.commentPublic = commentPublic && comment != null;
	}

	public boolean isCommentPublic() {
		return commentPublic;
	}

	Long getPartnershipId() {
		return partnershipId;
	}

	public Long getRaterId() {
		return raterId;
	}

	public Role getRaterSide() {
		return raterSide;
	}

	public int getScore() {
		return score;
	}

	public @Nullable String getComment() {
		return comment;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

}
