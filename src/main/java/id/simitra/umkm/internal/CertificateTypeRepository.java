package id.simitra.umkm.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CertificateTypeRepository extends JpaRepository<CertificateType, String> {

	List<CertificateType> findAllByOrderBySortOrderAscCodeAsc();

}
