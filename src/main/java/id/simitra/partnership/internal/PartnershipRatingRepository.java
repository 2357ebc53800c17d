package id.simitra.partnership.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import id.simitra.account.Role;

public interface PartnershipRatingRepository extends JpaRepository<PartnershipRating, Long> {

	List<PartnershipRating> findByPartnershipIdOrderByIdAsc(Long partnershipId);

	boolean existsByPartnershipIdAndRaterSide(Long partnershipId, Role raterSide);

}
