package id.simitra.account;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

	@Query("select a from Account a where lower(a.email) = lower(?1)")
	Optional<Account> findByEmailIgnoreCase(String email);

	boolean existsByRole(Role role);

	Page<Account> findAllByOrderByCreatedAtDesc(Pageable pageable);

	Page<Account> findByRoleOrderByCreatedAtDesc(Role role, Pageable pageable);

}
