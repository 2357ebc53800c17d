package id.simitra.partnership;

import java.util.Collection;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface PartnershipRepository extends JpaRepository<Partnership, Long> {

	Page<Partnership> findByUmkmIdOrderByUpdatedAtDescIdDesc(Long umkmId, Pageable pageable);

	Page<Partnership> findByCompanyIdOrderByUpdatedAtDescIdDesc(Long companyId, Pageable pageable);

	Page<Partnership> findByStatusOrderByUpdatedAtAscIdAsc(PartnershipStatus status, Pageable pageable);

	boolean existsByNeedIdAndUmkmIdAndStatusIn(Long needId, Long umkmId, Collection<PartnershipStatus> statuses);

}
