package id.simitra.offer.internal;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.account.Role;
import id.simitra.account.SimitraUser;
import id.simitra.umkm.DocumentAccessPolicy;
import id.simitra.umkm.UmkmService;

/**
 * A file attached to an offer: the UMKM that made the offer, and staff of the company
 * whose need it answers (while the offer is not withdrawn). Nobody else: not a competitor
 * with its own partnership with the UMKM, and not officers or administrators either
 * (prices and terms offered to one company are that deal's business).
 */
@Component
class OfferAttachmentPolicy implements DocumentAccessPolicy {

	private final JdbcClient jdbc;

	private final NeedLookup needs;

	private final UmkmService umkms;

	OfferAttachmentPolicy(JdbcClient jdbc, NeedLookup needs, UmkmService umkms) {
		this.jdbc = jdbc;
		this.needs = needs;
		this.umkms = umkms;
	}

	@Override
	public String kind() {
		return "offer attachment";
	}

	@Override
	@Transactional(readOnly = true)
	public boolean covers(Long documentId) {
		return offerOf(documentId).isPresent();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean canView(SimitraUser viewer, Long documentId) {
		return offerOf(documentId).map(o -> {
			if (viewer.is(Role.UMKM)) {
				return umkms.findIdByOwner(viewer.accountId()).map(o.umkmId()::equals).orElse(false);
			}
			if (viewer.is(Role.COMPANY)) {
				return !o.withdrawn()
						&& needs.find(o.needId()).map(n -> needs.actsForCompany(n, viewer.accountId())).orElse(false);
			}
			return false;
		}).orElse(false);
	}

	private Optional<AttachedTo> offerOf(Long documentId) {
		return jdbc
			.sql("""
					select o.umkm_id, o.need_id, o.status = 'WITHDRAWN' from offer_attachment a join offer o on o.id = a.offer_id
					where a.document_id = :document
					""")
			.param("document", documentId)
			.query((rs, n) -> new AttachedTo(rs.getLong(1), rs.getLong(2), rs.getBoolean(3)))
			.optional();
	}

	private record AttachedTo(Long umkmId, Long needId, boolean withdrawn) {
	}

}
