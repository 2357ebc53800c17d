package id.simitra.offer.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OfferRepository extends JpaRepository<Offer, Long> {

	/**
	 * The one offer that blocks another (the database's offer_active_uk index says the
	 * same).
	 */
	@Query("""
			select o from Offer o where o.needId = ?1 and o.umkmId = ?2
			and o.status in (id.simitra.offer.internal.OfferStatus.SUBMITTED, id.simitra.offer.internal.OfferStatus.SHORTLISTED,
			                 id.simitra.offer.internal.OfferStatus.ACCEPTED)
			""")
	Optional<Offer> findActive(Long needId, Long umkmId);

	List<Offer> findByNeedIdAndUmkmIdOrderByCreatedAtDescIdDesc(Long needId, Long umkmId);

	List<Offer> findByNeedIdAndStatusNotOrderByIdAsc(Long needId, OfferStatus status);

}
