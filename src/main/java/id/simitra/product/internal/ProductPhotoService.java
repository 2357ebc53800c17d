package id.simitra.product.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import id.simitra.platform.NotFoundException;
import id.simitra.umkm.UmkmQuotas;

/**
 * Up to five photos per product. Photos are immutable: an owner adds or deletes them,
 * never changes one. Deleting moves the later photos up, so the first photo (the one
 * lists show) is always position 1.
 */
@Service
public class ProductPhotoService {

	public static final int MAX_PHOTOS = 5;

	private final ProductPhotoRepository photos;

	private final ProductRepository products;

	private final TransactionTemplate transaction;

	private final UmkmQuotas quotas;

	ProductPhotoService(ProductPhotoRepository photos, ProductRepository products,
			PlatformTransactionManager transactionManager, UmkmQuotas quotas) {
		this.photos = photos;
		this.products = products;
		this.quotas = quotas;
		this.transaction = new TransactionTemplate(transactionManager);
		// Named like an @Transactional method's: a named read-write transaction
		// keeps the owner's next pages on the primary when there is a read replica
		// (platform/ReadYourWrites).
		this.transaction.setName(ProductPhotoService.class.getName() + ".add");
	}

	@Transactional(readOnly = true)
	public List<PhotoView> photosOf(Long productId) {
		return photos.findViewsByProductId(productId);
	}

	/** The id of each product's first photo, for lists (one query for the whole page). */
	@Transactional(readOnly = true)
	public Map<Long, Long> coverIds(Collection<Long> productIds) {
		if (productIds.isEmpty()) {
			return Map.of();
		}
		return photos.findCovers(productIds).stream().collect(Collectors.toMap(PhotoView::productId, PhotoView::id));
	}

	/**
	 * Checks, resizes and stores an uploaded picture. The decoding and resizing (the slow
	 * part) happen outside any transaction, so no row stays locked while an image is
	 * being processed.
	 * @throws PhotoRejectedException when the file is not a usable JPEG/PNG or the
	 * product is full
	 */
	public PhotoView add(Long productId, Long umkmId, byte[] data) {
		transaction.executeWithoutResult(status -> {
			owned(productId, umkmId, false);
			checkRoom(productId);
		});
		PhotoProcessor.ProcessedPhoto processed = PhotoProcessor.process(data);
		return transaction.execute(status -> {
			owned(productId, umkmId, true);
			checkRoom(productId);
			quotas.storageFor(umkmId, (long) processed.image().length + processed.thumbnail().length);
			int position = photos.findViewsByProductId(productId).stream().mapToInt(PhotoView::position).max().orElse(0)
					+ 1;
			return photos.saveAndFlush(new ProductPhoto(productId, position, processed)).toView();
		});
	}

	/**
	 * A photo of this owner's product: 404 when either does not exist or they do not
	 * belong together.
	 */
	@Transactional(readOnly = true)
	public PhotoView getOwned(Long photoId, Long productId, Long umkmId) {
		owned(productId, umkmId, false);
		return photo(photoId, productId);
	}

	@Transactional
	public void delete(Long photoId, Long productId, Long umkmId) {
		owned(productId, umkmId, true);
		PhotoView deleted = photo(photoId, productId);
		photos.deleteOne(deleted.id());
		// One row at a time, in order: each move goes into the place just freed, so the
		// unique
		// (product, position) constraint holds after every statement.
		for (PhotoView p : photos.findViewsByProductId(productId)) {
			if (p.position() > deleted.position()) {
				photos.moveTo(p.id(), (short) (p.position() - 1));
			}
		}
	}

	@Transactional(readOnly = true)
	public Optional<PhotoContent> image(Long photoId) {
		return photos.findImage(photoId);
	}

	@Transactional(readOnly = true)
	public Optional<PhotoContent> thumbnail(Long photoId) {
		return photos.findThumbnail(photoId);
	}

	@Transactional(readOnly = true)
	public boolean exists(Long photoId) {
		return photos.existsById(photoId);
	}

	private PhotoView photo(Long photoId, Long productId) {
		return photos.findViewById(photoId)
			.filter(p -> p.productId().equals(productId))
			.orElseThrow(() -> new NotFoundException("Photo " + photoId + " of product " + productId));
	}

	private void checkRoom(Long productId) {
		if (photos.countByProductId(productId) >= MAX_PHOTOS) {
			throw new PhotoRejectedException("photo.error.tooMany");
		}
	}

	private Product owned(Long productId, Long umkmId, boolean lock) {
		Function<Long, Optional<Product>> find = lock ? products::findLockedById : products::findById;
		Product p = find.apply(productId).orElseThrow(() -> new NotFoundException("Product " + productId));
		if (!p.getUmkmId().equals(umkmId)) {
			throw new AccessDeniedException("Product " + productId + " belongs to another UMKM");
		}
		return p;
	}

}
