package id.simitra.product.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * A stored product photo. Written once and never changed (a new picture is a new photo
 * with a new id), which is what lets {@code /foto/{id}} be cached for a year. No version:
 * nothing to lose in an update. Reads go through projections, so listing photos never
 * loads their bytes.
 */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "product_photo")
class ProductPhoto {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "product_id", updatable = false)
	private Long productId;

	private short position;

	@Column(name = "content_type", updatable = false)
	private String contentType;

	@Column(updatable = false)
	private int width;

	@Column(updatable = false)
	private int height;

	@Column(updatable = false)
	private byte[] image;

	@Column(updatable = false)
	private byte[] thumbnail;

	/** From the portal's Clock, set on insert (Spring Data auditing, see ClockConfig). */
	@CreatedDate
	@Column(name = "created_at", updatable = false)
	private Instant createdAt;

	protected ProductPhoto() {
	}

	ProductPhoto(Long productId, int position, PhotoProcessor.ProcessedPhoto photo) {
		this.productId = productId;
		this.position = (short) position;
		this.contentType = photo.format().contentType();
		this.width = photo.width();
		this.height = photo.height();
		this.image = photo.image();
		this.thumbnail = photo.thumbnail();
	}

	PhotoView toView() {
		return new PhotoView(id, productId, position, width, height);
	}

}
