package id.simitra.shortlist.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ShortlistRepository extends JpaRepository<Shortlist, Long> {

	long countByCompanyId(Long companyId);

	/**
	 * Same comparison as the unique index shortlist_name_uk (company_id, lower(name)).
	 */
	@Query("select s from Shortlist s where s.companyId = :companyId and lower(s.name) = lower(:name)")
	Optional<Shortlist> findByCompanyIdAndName(Long companyId, String name);

}
