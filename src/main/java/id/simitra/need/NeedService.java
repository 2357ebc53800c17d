package id.simitra.need;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.need.internal.Need;
import id.simitra.need.internal.NeedRepository;
import id.simitra.platform.ConflictException;
import id.simitra.platform.NotFoundException;
import id.simitra.platform.PageView;
import id.simitra.reference.KbliService;
import id.simitra.reference.RegionService;

@Service
public class NeedService {

	private final NeedRepository needs;

	private final KbliService kbli;

	private final RegionService regions;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final Clock clock;

	NeedService(NeedRepository needs, KbliService kbli, RegionService regions, ApplicationEventPublisher events,
			JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.needs = needs;
		this.kbli = kbli;
		this.regions = regions;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public PageView<NeedView> listOf(Long companyId, int page) {
		return PageView
			.of(needs.findByCompanyIdOrderByCreatedAtDescIdDesc(companyId, PageRequest.of(Math.max(page, 0), 20))
				.map(this::toView));
	}

	@Transactional(readOnly = true)
	public NeedView get(Long id) {
		return find(id).orElseThrow(() -> new NotFoundException("Need " + id));
	}

	/**
	 * Whether UMKM may offer on this need today (the Clock's day), companies invite and
	 * officers recommend: the rule {@code need_takes_offers} of R__need_published.sql,
	 * which SQL readers call too. False for an unknown need.
	 */
	@Transactional(readOnly = true)
	public boolean takesOffers(Long needId) {
		return jdbc.sql("select need_takes_offers(status, deadline, :today) from need where id = :id")
			.param("today", LocalDate.now(clock))
			.param("id", needId)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/** The need, if it exists (any status, any company). */
	@Transactional(readOnly = true)
	public Optional<NeedView> find(Long id) {
		return needs.findById(id).map(this::toView);
	}

	/**
	 * The need, if this company posted it: 404 when it does not exist, 403 when it is
	 * another company's.
	 */
	@Transactional(readOnly = true)
	public NeedView getOwned(Long id, Long companyId) {
		return toView(owned(id, companyId));
	}

	@Transactional
	public NeedView create(Long companyId, NeedData data) {
		Need n = new Need(companyId, data);
		NeedView saved = toView(needs.saveAndFlush(n));
		events.publishEvent(new NeedChanged(saved.id(), saved.title()));
		events.publishEvent(new NeedPosted(saved.id(), saved.title()));
		return saved;
	}

	@Transactional
	public NeedView update(Long id, Long companyId, NeedData data, @Nullable Long expectedVersion) {
		Need n = owned(id, companyId);
		if (expectedVersion != null && expectedVersion != n.getVersion()) {
			throw new ConflictException("Need changed since it was opened");
		}
		n.update(data);
		NeedView saved = toView(needs.saveAndFlush(n));
		events.publishEvent(new NeedChanged(saved.id(), saved.title()));
		return saved;
	}

	@Transactional
	public void setOpen(Long id, Long companyId, boolean open) {
		Need n = owned(id, companyId);
		if (open) {
			n.reopen();
		}
		else {
			n.close();
		}
	}

	private Need owned(Long id, Long companyId) {
		Need n = needs.findWithCertificatesById(id).orElseThrow(() -> new NotFoundException("Need " + id));
		if (!n.getCompanyId().equals(companyId)) {
			// Another company's need, as the company area shows it (drafts, closed needs,
			// offers), is private.
			throw new NotFoundException("Need " + id + " of another company");
		}
		return n;
	}

	private NeedView toView(Need n) {
		return new NeedView(n.getId(), n.getCompanyId(), n.getTitle(), n.getDescription(), n.getKbliCode(),
				kbli.label(n.getKbliCode()), n.getQuantity(), n.getUnit(), n.getQuantityBase(), n.getRegencyCode(),
				regions.regencyName(n.getRegencyCode()), n.getDeadline(), n.getPattern(), n.getStatus(),
				n.getCertificates(), n.getCreatedAt(), n.getVersion());
	}

}
