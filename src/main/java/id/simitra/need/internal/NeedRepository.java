package id.simitra.need.internal;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NeedRepository extends JpaRepository<Need, Long> {

	Page<Need> findByCompanyIdOrderByCreatedAtDescIdDesc(Long companyId, Pageable pageable);

	/**
	 * The need with its certificates in one statement: every page of a company's own need
	 * shows both (a lazy collection was a second statement, issue 12).
	 */
	@EntityGraph(attributePaths = "certificates")
	Optional<Need> findWithCertificatesById(Long id);

}
