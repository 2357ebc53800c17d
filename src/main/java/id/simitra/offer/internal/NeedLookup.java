package id.simitra.offer.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;

import id.simitra.company.CompanyService;
import id.simitra.company.CompanyView;
import id.simitra.need.NeedService;
import id.simitra.need.NeedView;
import id.simitra.platform.NotFoundException;

/**
 * A need as the offer pages show it, from the need and company modules' APIs: the need,
 * and of its company only the name.
 */
@Component
public class NeedLookup {

	private final NeedService needs;

	private final CompanyService companies;

	NeedLookup(NeedService needs, CompanyService companies) {
		this.needs = needs;
		this.companies = companies;
	}

	public OfferNeed get(Long needId) {
		return find(needId).orElseThrow(() -> new NotFoundException("Need " + needId));
	}

	Optional<OfferNeed> find(Long needId) {
		return needs.find(needId).map(n -> toOfferNeed(n, companies.get(n.companyId()), needs.takesOffers(n.id())));
	}

	/**
	 * Whether this account is a member of the need's company (admin or staff): who may
	 * see its offers and act on them.
	 */
	public boolean actsForCompany(OfferNeed need, Long accountId) {
		return companies.isMember(need.companyId(), accountId);
	}

	private static OfferNeed toOfferNeed(NeedView n, CompanyView c, boolean takesOffers) {
		return new OfferNeed(n.id(), n.companyId(), c.name(), n.title(), n.description(), n.kbliCode(), n.kbliLabel(),
				n.quantity(), n.unit(), n.quantityBase(), n.regencyCode(), n.regencyName(), n.deadline(), n.pattern(),
				takesOffers);
	}

}
