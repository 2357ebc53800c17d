package id.simitra.partnership;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PartnershipEventRepository extends JpaRepository<PartnershipEvent, Long> {

	List<PartnershipEvent> findByPartnershipIdOrderByOccurredAtAscIdAsc(Long partnershipId);

}
