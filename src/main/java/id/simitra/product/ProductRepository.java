package id.simitra.product;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProductRepository extends JpaRepository<Product, Long> {

	Page<Product> findByUmkmIdOrderByNameAscIdAsc(Long umkmId, Pageable pageable);

	long countByUmkmId(Long umkmId);

}
