package id.simitra.notification.internal;

import java.time.Instant;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

	Page<Notification> findByAccountIdOrderByCreatedAtDescIdDesc(Long accountId, Pageable pageable);

	long countByAccountIdAndReadAtIsNull(Long accountId);

	@Modifying
	@Query("update Notification n set n.readAt = ?2 where n.accountId = ?1 and n.readAt is null")
	int markAllRead(Long accountId, Instant at);

}
