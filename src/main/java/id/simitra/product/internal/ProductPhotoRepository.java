package id.simitra.product.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ProductPhotoRepository extends JpaRepository<ProductPhoto, Long> {

	@Query("""
			select new id.simitra.product.internal.PhotoView(p.id, p.productId, cast(p.position as Integer), p.width, p.height)
			from ProductPhoto p where p.productId = :productId order by p.position""")
	List<PhotoView> findViewsByProductId(Long productId);

	@Query("""
			select new id.simitra.product.internal.PhotoView(p.id, p.productId, cast(p.position as Integer), p.width, p.height)
			from ProductPhoto p where p.id = :id""")
	Optional<PhotoView> findViewById(Long id);

	/** The first photo of each product that has one: what lists show. */
	@Query("""
			select new id.simitra.product.internal.PhotoView(p.id, p.productId, cast(p.position as Integer), p.width, p.height)
			from ProductPhoto p where p.productId in :productIds and p.position =
			  (select min(q.position) from ProductPhoto q where q.productId = p.productId)""")
	List<PhotoView> findCovers(Collection<Long> productIds);

	@Query("select new id.simitra.product.internal.PhotoContent(p.contentType, p.image) from ProductPhoto p where p.id = :id")
	Optional<PhotoContent> findImage(Long id);

	@Query("select new id.simitra.product.internal.PhotoContent(p.contentType, p.thumbnail) from ProductPhoto p where p.id = :id")
	Optional<PhotoContent> findThumbnail(Long id);

	long countByProductId(Long productId);

	@Modifying
	@Query("delete from ProductPhoto p where p.id = :id")
	void deleteOne(Long id);

	@Modifying
	@Query("update ProductPhoto p set p.position = :position where p.id = :id")
	void moveTo(Long id, short position);

}
