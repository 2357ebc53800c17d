package id.simitra.product.internal;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ProductRepository extends JpaRepository<Product, Long> {

	Page<Product> findByUmkmIdOrderByNameAscIdAsc(Long umkmId, Pageable pageable);

	/**
	 * The product, locked until the transaction ends: two uploads at once must not both
	 * take the 5th place.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from Product p where p.id = :id")
	Optional<Product> findLockedById(Long id);

}
