package id.simitra.partnership;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import id.simitra.account.Role;

interface PartnershipRatingRepository extends JpaRepository<PartnershipRating, Long> {

	List<PartnershipRating> findByPartnershipIdOrderByIdAsc(Long partnershipId);

	boolean existsByPartnershipIdAndRaterSide(Long partnershipId, Role raterSide);

}
