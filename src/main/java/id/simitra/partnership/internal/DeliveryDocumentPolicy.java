package id.simitra.partnership.internal;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.account.SimitraUser;
import id.simitra.umkm.DocumentAccessPolicy;

/**
 * A document attached to a recorded delivery (issue 16: a delivery note, a handover
 * report): whoever sees that partnership ({@link PartnershipAccess}), as for its
 * agreement.
 */
@Component
class DeliveryDocumentPolicy implements DocumentAccessPolicy {

	private final PartnershipRepository partnerships;

	private final PartnershipAccess access;

	private final JdbcClient jdbc;

	DeliveryDocumentPolicy(PartnershipRepository partnerships, PartnershipAccess access, JdbcClient jdbc) {
		this.partnerships = partnerships;
		this.access = access;
		this.jdbc = jdbc;
	}

	@Override
	public String kind() {
		return "delivery";
	}

	@Override
	@Transactional(readOnly = true)
	public boolean covers(Long documentId) {
		return partnershipOf(documentId).isPresent();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean canView(SimitraUser viewer, Long documentId) {
		return partnershipOf(documentId).flatMap(partnerships::findById)
			.map(p -> access.canSee(viewer, p))
			.orElse(false);
	}

	private Optional<Long> partnershipOf(Long documentId) {
		return jdbc.sql("select partnership_id from partnership_delivery where document_id = :d limit 1")
			.param("d", documentId)
			.query(Long.class)
			.optional();
	}

}
