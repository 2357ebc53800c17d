package id.simitra.account.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import id.simitra.account.Role;

public interface AccountRepository extends JpaRepository<Account, Long> {

	/**
	 * {@code email} in canonical form (EmailAddress.canonical), as every account's is
	 * stored since V30.
	 */
	Optional<Account> findByEmail(String email);

	boolean existsByRole(Role role);

	Page<Account> findAllByOrderByCreatedAtDesc(Pageable pageable);

	Page<Account> findByRoleOrderByCreatedAtDesc(Role role, Pageable pageable);

	/**
	 * Administrators' search: {@code pattern} is a lower-case LIKE pattern with its
	 * wildcards escaped by {@code \}, matched against the e-mail and the display name
	 * (trigram indexes, V112).
	 */
	@Query("select a from Account a where lower(a.email) like ?1 escape '\\' or lower(a.displayName) like ?1 escape '\\' "
			+ "order by a.createdAt desc, a.id desc")
	Page<Account> search(String pattern, Pageable pageable);

	@Query("select a from Account a where a.role = ?1 and (lower(a.email) like ?2 escape '\\' "
			+ "or lower(a.displayName) like ?2 escape '\\') order by a.createdAt desc, a.id desc")
	Page<Account> searchInRole(Role role, String pattern, Pageable pageable);

	@Query("select a.id from Account a where a.role = id.simitra.account.Role.OFFICER and a.enabled = true "
			+ "and a.provinceCode = ?1 order by a.id")
	List<Long> findEnabledOfficerIdsByProvince(String provinceCode);

}
