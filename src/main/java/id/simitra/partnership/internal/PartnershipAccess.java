package id.simitra.partnership.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.account.OfficerScope;
import id.simitra.account.Role;
import id.simitra.account.SimitraUser;
import id.simitra.company.CompanyService;
import id.simitra.partnership.PartnershipService;
import id.simitra.partnership.PartnershipStatus;
import id.simitra.umkm.UmkmService;

/**
 * Who sees a partnership (its page, its place in lists, its agreement) and on which side
 * they stand, written once for {@link PartnershipService} and
 * {@link AgreementDocumentPolicy}. A DRAFT is its company's own: not the UMKM's (it was
 * never told), not officers', not administrators'. Once proposed: the two parties, the
 * officers of the UMKM's province ({@link OfficerScope}) and administrators. Everybody
 * else is told it does not exist (404).
 */
@Component
public class PartnershipAccess {

	private final CompanyService companies;

	private final UmkmService umkms;

	private final OfficerScope officers;

	PartnershipAccess(CompanyService companies, UmkmService umkms, OfficerScope officers) {
		this.companies = companies;
		this.umkms = umkms;
		this.officers = officers;
	}

	@Transactional(readOnly = true)
	public boolean canSee(SimitraUser viewer, Partnership p) {
		if (viewer == null) {
			return false;
		}
		Role side = sideOf(viewer, p);
		if (side == Role.COMPANY) {
			return true;
		}
		if (p.getStatus() == PartnershipStatus.DRAFT) {
			return false;
		}
		return side != null || viewer.is(Role.ADMIN);
	}

	/**
	 * COMPANY or UMKM when the user is that party of this partnership, OFFICER for an
	 * officer of the UMKM's province, else null (administrators see but take no side).
	 */
	@Transactional(readOnly = true)
	public @Nullable Role sideOf(SimitraUser user, Partnership p) {
		return switch (user.role()) {
			case OFFICER -> officers.covers(user, umkms.get(p.getUmkmId()).regencyCode()) ? Role.OFFICER : null;
			case ADMIN -> null;
			case COMPANY -> companies.findByMember(user.accountId())
				.filter(c -> c.id().equals(p.getCompanyId()))
				.map(c -> Role.COMPANY)
				.orElse(null);
			case UMKM -> umkms.findIdByOwner(user.accountId())
				.filter(u -> u.equals(p.getUmkmId()))
				.map(u -> Role.UMKM)
				.orElse(null);
		};
	}

}
