package id.simitra.umkm.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface UmkmRepository extends JpaRepository<Umkm, Long> {

	Optional<Umkm> findByOwnerId(Long ownerId);

	boolean existsByNibAndIdNot(String nib, Long id);

	boolean existsByNib(String nib);

}
