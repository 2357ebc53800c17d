package id.simitra.partnership.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PartnershipEventRepository extends JpaRepository<PartnershipEvent, Long> {

	List<PartnershipEvent> findByPartnershipIdOrderByOccurredAtAscIdAsc(Long partnershipId);

	/** Maker-checker: whether this account created or edited the partnership. */
	boolean existsByPartnershipIdAndActorIdAndKindIn(Long partnershipId, Long actorId,
			Collection<PartnershipEvent.Kind> kinds);

}
