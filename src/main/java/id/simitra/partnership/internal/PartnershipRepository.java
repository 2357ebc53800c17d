package id.simitra.partnership.internal;

import java.util.Collection;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import id.simitra.partnership.PartnershipStatus;

public interface PartnershipRepository extends JpaRepository<Partnership, Long> {

	Page<Partnership> findByUmkmIdAndStatusNotOrderByUpdatedAtDescIdDesc(Long umkmId, PartnershipStatus status,
			Pageable pageable);

	Page<Partnership> findByCompanyIdOrderByUpdatedAtDescIdDesc(Long companyId, Pageable pageable);

	/**
	 * Submitted partnerships (and those approved once, waiting for the second approval,
	 * issue 16) of UMKM whose regency code starts with {@code regencyPrefix} ("12." for
	 * North Sumatra), the longest-waiting first. By the partnership's copy of the UMKM's
	 * regency (V94), so the count does not join the UMKM table.
	 */
	@Query(value = """
			select p.* from partnership p
			where p.status in ('SUBMITTED', 'FIRST_APPROVED') and p.umkm_regency_code like :regencyPrefix
			order by p.updated_at, p.id""", countQuery = """
			select count(*) from partnership p
			where p.status in ('SUBMITTED', 'FIRST_APPROVED') and p.umkm_regency_code like :regencyPrefix""",
			nativeQuery = true)
	Page<Partnership> findSubmittedByUmkmRegencyPrefix(String regencyPrefix, Pageable pageable);

	java.util.Optional<Partnership> findFirstByAgreementDocumentId(Long documentId);

	boolean existsByCompanyIdAndUmkmIdAndStatusIn(Long companyId, Long umkmId, Collection<PartnershipStatus> statuses);

	boolean existsByNeedIdAndUmkmIdAndStatusIn(Long needId, Long umkmId, Collection<PartnershipStatus> statuses);

}
