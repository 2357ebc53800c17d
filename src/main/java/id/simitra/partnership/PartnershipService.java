package id.simitra.partnership;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.account.AccountService;
import id.simitra.account.AccountView;
import id.simitra.account.Role;
import id.simitra.account.SimitraUser;
import id.simitra.company.CompanyService;
import id.simitra.company.CompanyView;
import id.simitra.need.NeedService;
import id.simitra.need.NeedView;
import id.simitra.shared.ConflictException;
import id.simitra.shared.NotFoundException;
import id.simitra.shared.PageView;
import id.simitra.umkm.UmkmService;
import id.simitra.umkm.UmkmView;

@Service
public class PartnershipService {

	private static final Set<PartnershipStatus> ACTIVE = EnumSet.of(PartnershipStatus.PROPOSED,
			PartnershipStatus.ACCEPTED, PartnershipStatus.APPROVED);

	private final PartnershipRepository partnerships;

	private final PartnershipEventRepository events;

	private final CompanyService companies;

	private final UmkmService umkms;

	private final NeedService needs;

	private final AccountService accounts;

	PartnershipService(PartnershipRepository partnerships, PartnershipEventRepository events, CompanyService companies,
			UmkmService umkms, NeedService needs, AccountService accounts) {
		this.partnerships = partnerships;
		this.events = events;
		this.companies = companies;
		this.umkms = umkms;
		this.needs = needs;
		this.accounts = accounts;
	}

	/** Whether this company already has a live proposal or partnership with this UMKM for this need. */
	@Transactional(readOnly = true)
	public boolean hasActive(Long needId, Long umkmId) {
		return partnerships.existsByNeedIdAndUmkmIdAndStatusIn(needId, umkmId, ACTIVE);
	}

	@Transactional
	public Long propose(SimitraUser companyUser, Long needId, Long umkmId, ProposalData data) {
		CompanyView company = ownCompany(companyUser);
		NeedView need = needs.getOwned(needId, company.id());
		umkms.get(umkmId);
		if (!need.isOpen()) {
			throw new ConflictException("Need " + needId + " is closed");
		}
		if (hasActive(needId, umkmId)) {
			throw new ConflictException("An active proposal exists for need " + needId + " and UMKM " + umkmId);
		}
		Partnership p = partnerships.saveAndFlush(new Partnership(needId, company.id(), umkmId, data));
		events.save(new PartnershipEvent(p.getId(), null, PartnershipStatus.PROPOSED, companyUser.accountId(),
				companyUser.role(), null));
		return p.getId();
	}

	/** The UMKM owner accepts or declines a proposal addressed to their business. */
	@Transactional
	public void respond(SimitraUser umkmUser, Long id, boolean accept, String reason) {
		Partnership p = find(id);
		Long ownUmkm = umkmUser.is(Role.UMKM) ? umkms.findIdByOwner(umkmUser.accountId()).orElse(null) : null;
		if (ownUmkm == null || !ownUmkm.equals(p.getUmkmId())) {
			throw new AccessDeniedException("Only the UMKM owner answers proposal " + id);
		}
		change(p, accept ? PartnershipStatus.ACCEPTED : PartnershipStatus.DECLINED, umkmUser, reason);
	}

	/** A Diskop UKM officer approves or rejects an accepted proposal; the reason is kept in the history. */
	@Transactional
	public void decide(SimitraUser officer, Long id, boolean approve, String reason) {
		if (!officer.is(Role.OFFICER)) {
			throw new AccessDeniedException("Only officers decide on partnerships");
		}
		change(find(id), approve ? PartnershipStatus.APPROVED : PartnershipStatus.REJECTED, officer, reason);
	}

	@Transactional(readOnly = true)
	public PartnershipView getFor(SimitraUser viewer, Long id) {
		Partnership p = find(id);
		if (!canView(viewer, p)) {
			throw new AccessDeniedException("Partnership " + id + " is not visible to this account");
		}
		CompanyView company = companies.get(p.getCompanyId());
		UmkmView umkm = umkms.get(p.getUmkmId());
		String needTitle = p.getNeedId() == null ? null : needs.get(p.getNeedId()).title();
		List<PartnershipView.Event> history = events.findByPartnershipIdOrderByOccurredAtAscIdAsc(id)
			.stream()
			.map(e -> new PartnershipView.Event(e.getFromStatus(), e.getToStatus(),
					accounts.find(e.getActorId()).map(AccountView::displayName).orElse("?"), e.getActorRole(),
					e.getReason(), e.getOccurredAt()))
			.toList();
		return new PartnershipView(p.getId(), p.getNeedId(), needTitle, company.id(), company.name(), company.nib(),
				umkm.id(), umkm.businessName(), umkm.nib(), umkm.regencyName(), p.getPattern(), p.getObject(),
				p.getEstimatedValue(), p.getStartDate(), p.getEndDate(), p.getStatus(), p.getCreatedAt(),
				p.getUpdatedAt(), history);
	}

	@Transactional(readOnly = true)
	public PageView<PartnershipView> listForUmkm(Long umkmId, int page) {
		return summaries(partnerships.findByUmkmIdOrderByUpdatedAtDescIdDesc(umkmId, pageOf(page)));
	}

	@Transactional(readOnly = true)
	public PageView<PartnershipView> listForCompany(Long companyId, int page) {
		return summaries(partnerships.findByCompanyIdOrderByUpdatedAtDescIdDesc(companyId, pageOf(page)));
	}

	/** Accepted proposals waiting for an officer, oldest first. */
	@Transactional(readOnly = true)
	public PageView<PartnershipView> reviewQueue(int page) {
		return summaries(partnerships.findByStatusOrderByUpdatedAtAscIdAsc(PartnershipStatus.ACCEPTED, pageOf(page)));
	}

	private void change(Partnership p, PartnershipStatus next, SimitraUser actor, String reason) {
		PartnershipStatus from = p.moveTo(next);
		partnerships.saveAndFlush(p);
		events.save(new PartnershipEvent(p.getId(), from, next, actor.accountId(), actor.role(),
				reason == null || reason.isBlank() ? null : reason.strip()));
	}

	private boolean canView(SimitraUser viewer, Partnership p) {
		return switch (viewer.role()) {
			case OFFICER, ADMIN -> true;
			case COMPANY -> companies.findByOwner(viewer.accountId())
				.map(c -> c.id().equals(p.getCompanyId()))
				.orElse(false);
			case UMKM -> umkms.findIdByOwner(viewer.accountId()).map(u -> u.equals(p.getUmkmId())).orElse(false);
		};
	}

	private CompanyView ownCompany(SimitraUser user) {
		if (!user.is(Role.COMPANY)) {
			throw new AccessDeniedException("Only company staff propose partnerships");
		}
		return companies.findByOwner(user.accountId())
			.orElseThrow(() -> new AccessDeniedException("No company profile"));
	}

	private Partnership find(Long id) {
		return partnerships.findById(id).orElseThrow(() -> new NotFoundException("Partnership " + id));
	}

	private static PageRequest pageOf(int page) {
		return PageRequest.of(Math.max(page, 0), 20);
	}

	private PageView<PartnershipView> summaries(Page<Partnership> page) {
		Set<Long> umkmIds = new HashSet<>();
		Set<Long> companyIds = new HashSet<>();
		page.forEach(p -> {
			umkmIds.add(p.getUmkmId());
			companyIds.add(p.getCompanyId());
		});
		Map<Long, String> umkmNames = umkms.names(umkmIds);
		Map<Long, String> companyNames = companies.names(companyIds);
		return PageView.of(page.map(p -> new PartnershipView(p.getId(), p.getNeedId(), null, p.getCompanyId(),
				companyNames.get(p.getCompanyId()), null, p.getUmkmId(), umkmNames.get(p.getUmkmId()), null, null,
				p.getPattern(), p.getObject(), p.getEstimatedValue(), p.getStartDate(), p.getEndDate(), p.getStatus(),
				p.getCreatedAt(), p.getUpdatedAt(), List.of())));
	}

}
