package id.simitra.need;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface NeedRepository extends JpaRepository<Need, Long> {

	Page<Need> findByCompanyIdOrderByCreatedAtDescIdDesc(Long companyId, Pageable pageable);

}
