package id.simitra.need.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NeedRepository extends JpaRepository<Need, Long> {

	Page<Need> findByCompanyIdOrderByCreatedAtDescIdDesc(Long companyId, Pageable pageable);

}
