package id.simitra.umkm;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.kbli.KbliService;
import id.simitra.region.RegionService;
import id.simitra.shared.ConflictException;
import id.simitra.shared.NotFoundException;

@Service
public class UmkmService {

	private final UmkmRepository umkms;

	private final RegionService regions;

	private final KbliService kbli;

	UmkmService(UmkmRepository umkms, RegionService regions, KbliService kbli) {
		this.umkms = umkms;
		this.regions = regions;
		this.kbli = kbli;
	}

	@Transactional(readOnly = true)
	public Optional<UmkmView> findByOwner(Long accountId) {
		return umkms.findByOwnerId(accountId).map(this::toView);
	}

	@Transactional(readOnly = true)
	public Optional<Long> findIdByOwner(Long accountId) {
		return umkms.findByOwnerId(accountId).map(Umkm::getId);
	}

	@Transactional(readOnly = true)
	public UmkmView get(Long id) {
		return umkms.findById(id).map(this::toView).orElseThrow(() -> new NotFoundException("UMKM " + id));
	}

	/** Business names by id, for lists in other modules (one query for a whole page, not one per row). */
	@Transactional(readOnly = true)
	public java.util.Map<Long, String> names(java.util.Collection<Long> ids) {
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		umkms.findAllById(ids).forEach(u -> names.put(u.getId(), u.getBusinessName()));
		return names;
	}

	@Transactional(readOnly = true)
	public boolean nibTakenByOther(String nib, Long ownerId) {
		if (nib == null) {
			return false;
		}
		return umkms.findByOwnerId(ownerId)
			.map(u -> umkms.existsByNibAndIdNot(nib, u.getId()))
			.orElseGet(() -> umkms.existsByNib(nib));
	}

	/**
	 * Creates the owner's profile or updates it. {@code expectedVersion} guards against two tabs (or two
	 * people sharing a login) overwriting each other: a stale edit is a 409, not a silent loss.
	 */
	@Transactional
	public UmkmView saveProfile(Long ownerId, UmkmProfile profile, Long expectedVersion) {
		Umkm umkm = umkms.findByOwnerId(ownerId).orElseGet(() -> new Umkm(ownerId));
		if (umkm.getId() != null && expectedVersion != null && expectedVersion != umkm.getVersion()) {
			throw new ConflictException("UMKM profile changed since it was opened");
		}
		umkm.update(profile);
		return toView(umkms.saveAndFlush(umkm));
	}

	private UmkmView toView(Umkm u) {
		var regency = regions.regency(u.getRegencyCode());
		return new UmkmView(u.getId(), u.getOwnerId(), u.getBusinessName(), u.getOwnerName(), u.getNib(),
				u.getKbliCodes().stream().map(c -> new UmkmView.KbliLabel(c, kbli.label(c))).toList(),
				u.getRegencyCode(), regency.map(RegionService.Regency::name).orElse(u.getRegencyCode()),
				regency.map(RegionService.Regency::provinceName).orElse(""), u.getAddress(), u.getPhone(),
				u.getDescription(), u.getBusinessCapital(), u.getAnnualSales(), u.getSizeClass(),
				u.getSizeClassBySales(), u.getVersion());
	}

}
