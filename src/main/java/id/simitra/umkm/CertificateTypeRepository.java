package id.simitra.umkm;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CertificateTypeRepository extends JpaRepository<CertificateType, String> {

	List<CertificateType> findAllByOrderBySortOrderAscCodeAsc();

}
