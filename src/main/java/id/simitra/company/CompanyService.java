package id.simitra.company;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.company.internal.Company;
import id.simitra.company.internal.CompanyRepository;
import id.simitra.platform.ConflictException;
import id.simitra.platform.NotFoundException;
import id.simitra.reference.RegionService;

@Service
public class CompanyService {

	private final CompanyRepository companies;

	private final RegionService regions;

	CompanyService(CompanyRepository companies, RegionService regions) {
		this.companies = companies;
		this.regions = regions;
	}

	@Transactional(readOnly = true)
	public Optional<CompanyView> findByOwner(Long accountId) {
		return companies.findByOwnerId(accountId).map(this::toView);
	}

	/** The id of the company this account works for, without building its view. */
	@Transactional(readOnly = true)
	public Optional<Long> findIdByOwner(Long accountId) {
		return companies.findByOwnerId(accountId).map(Company::getId);
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
	public java.util.Map<Long, String> names(java.util.Collection<Long> ids) {
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		companies.findAllById(ids).forEach(c -> names.put(c.getId(), c.getName()));
		return names;
	}

	/**
	 * The accounts that act for a company and are told what concerns it. Today a company
	 * is one login (its owner); company teams (issue 13) make this its members.
	 */
	@Transactional(readOnly = true)
	public java.util.List<Long> memberAccountIds(Long companyId) {
		return companies.findById(companyId).map(c -> java.util.List.of(c.getOwnerId())).orElse(java.util.List.of());
	}

	@Transactional(readOnly = true)
	public boolean nibTakenByOther(@Nullable String nib, Long ownerId) {
		return nib != null && companies.existsByNibAndOwnerIdNot(nib, ownerId);
	}

	@Transactional
	public CompanyView saveProfile(Long ownerId, CompanyProfile profile, @Nullable Long expectedVersion) {
		Company c = companies.findByOwnerId(ownerId).orElseGet(() -> new Company(ownerId, profile));
		if (c.getId() != null && expectedVersion != null && expectedVersion != c.getVersion()) {
			throw new ConflictException("Company profile changed since it was opened");
		}
		c.update(profile);
		return toView(companies.saveAndFlush(c));
	}

	private CompanyView toView(Company c) {
		return new CompanyView(c.getId(), c.getOwnerId(), c.getName(), c.getNib(), c.getSector(), c.getRegencyCode(),
				regions.regencyName(c.getRegencyCode()), c.getAddress(), c.getVersion());
	}

}
