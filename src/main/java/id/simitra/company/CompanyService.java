package id.simitra.company;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.company.internal.Company;
import id.simitra.company.internal.CompanyRepository;
import id.simitra.company.internal.TeamStore;
import id.simitra.platform.ConflictException;
import id.simitra.platform.NotFoundException;
import id.simitra.reference.RegionService;

/**
 * Companies and "which company does this account work for". An account works for at most
 * one company, as its admin or staff (issue 13); the team itself is
 * {@link CompanyTeamService}.
 */
@Service
public class CompanyService {

	private final CompanyRepository companies;

	private final TeamStore team;

	private final RegionService regions;

	private final Clock clock;

	CompanyService(CompanyRepository companies, TeamStore team, RegionService regions, Clock clock) {
		this.companies = companies;
		this.team = team;
		this.regions = regions;
		this.clock = clock;
	}

	/** The company this account is a member of (admin or staff). */
	@Transactional(readOnly = true)
	public Optional<CompanyView> findByMember(Long accountId) {
		return team.membershipOf(accountId).flatMap(m -> companies.findById(m.companyId())).map(this::toView);
	}

	/** The id of the company this account works for, without building its view. */
	@Transactional(readOnly = true)
	public Optional<Long> findIdByMember(Long accountId) {
		return team.membershipOf(accountId).map(TeamStore.Membership::companyId);
	}

	/** Whether this account acts for this company: the rule every module's checks use. */
	@Transactional(readOnly = true)
	public boolean isMember(Long companyId, Long accountId) {
		return team.isMember(companyId, accountId);
	}

	@Transactional(readOnly = true)
	public CompanyView get(Long id) {
		return companies.findById(id).map(this::toView).orElseThrow(() -> new NotFoundException("Company " + id));
	}

	/**
	 * Company names by id, for lists in other modules (one query for a whole page, not
	 * one per row).
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> names(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		companies.findAllById(ids).forEach(c -> names.put(c.getId(), c.getName()));
		return names;
	}

	/**
	 * The accounts that act for a company and are told what concerns it: its members,
	 * admins first, then by the date they joined.
	 */
	@Transactional(readOnly = true)
	public List<Long> memberAccountIds(Long companyId) {
		return team.accountIds(companyId);
	}

	/**
	 * One account to name where an event has room for a single person of the company
	 * (partnership events): its longest-standing admin, or for a company that somehow has
	 * no member left, the account that registered it. Whoever must be told about the
	 * company as a whole is {@link #memberAccountIds}.
	 */
	@Transactional(readOnly = true)
	public Long contactAccountId(Long companyId) {
		return team.accountIds(companyId)
			.stream()
			.findFirst()
			.orElseGet(() -> companies.findById(companyId)
				.map(Company::getRegisteredBy)
				.orElseThrow(() -> new NotFoundException("Company " + companyId)));
	}

	/**
	 * Whether another company than the one this account works for already uses this NIB.
	 */
	@Transactional(readOnly = true)
	public boolean nibTakenByOther(@Nullable String nib, Long accountId) {
		if (nib == null) {
			return false;
		}
		Optional<Long> own = findIdByMember(accountId);
		return companies.findByNib(nib).filter(c -> own.map(id -> !id.equals(c.getId())).orElse(true)).isPresent();
	}

	/** The company registered with this NIB, to offer "ask to join it" instead. */
	@Transactional(readOnly = true)
	public Optional<CompanyView> findByNib(@Nullable String nib) {
		return nib == null ? Optional.empty() : companies.findByNib(nib).map(this::toView);
	}

	/**
	 * Saves the profile of the company this account works for (only an admin may), or
	 * registers a new company with the account as its first admin.
	 */
	@Transactional
	public CompanyView saveProfile(Long accountId, CompanyProfile profile, @Nullable Long expectedVersion) {
		Optional<TeamStore.Membership> membership = team.membershipOf(accountId);
		if (membership.isEmpty()) {
			Company created = companies.saveAndFlush(new Company(accountId, profile));
			Instant now = Instant.now(clock);
			team.addMember(created.getId(), accountId, CompanyRole.ADMIN, now);
			team.withdrawRequestsOf(accountId, now);
			team.record(created.getId(), accountId, null, TeamStore.EventKind.JOINED, CompanyRole.ADMIN, accountId,
					now);
			return toView(created);
		}
		if (membership.get().role() != CompanyRole.ADMIN) {
			throw new AccessDeniedException("Only an admin of the company changes its profile");
		}
		Company c = companies.findById(membership.get().companyId()).orElseThrow();
		if (expectedVersion != null && expectedVersion != c.getVersion()) {
			throw new ConflictException("Company profile changed since it was opened");
		}
		c.update(profile);
		return toView(companies.saveAndFlush(c));
	}

	private CompanyView toView(Company c) {
		return new CompanyView(c.getId(), c.getName(), c.getNib(), c.getSector(), c.getRegencyCode(),
				regions.regencyName(c.getRegencyCode()), c.getAddress(), c.getVersion());
	}

}
