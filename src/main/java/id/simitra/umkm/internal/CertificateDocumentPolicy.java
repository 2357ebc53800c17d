package id.simitra.umkm.internal;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.simitra.account.OfficerScope;
import id.simitra.account.SimitraUser;
import id.simitra.umkm.DocumentAccessPolicy;
import id.simitra.umkm.UmkmPartners;

/**
 * Certificate scans, identity papers (the NIB and NPWP certificate kinds) included: the
 * owner, officers of the UMKM's province, administrators, and staff of a company whose
 * partnership with the UMKM was at least proposed and not declined or rejected. A company
 * that is only talking to the UMKM (a conversation, an offer) does not see them: the UMKM
 * shows its papers to a company by taking its proposal seriously, not by answering a
 * message.
 */
@Component
class CertificateDocumentPolicy implements DocumentAccessPolicy {

	private final JdbcClient jdbc;

	private final OfficerScope officers;

	private final UmkmPartners partners;

	CertificateDocumentPolicy(JdbcClient jdbc, OfficerScope officers, UmkmPartners partners) {
		this.jdbc = jdbc;
		this.officers = officers;
		this.partners = partners;
	}

	@Override
	public String kind() {
		return "certificate";
	}

	@Override
	@Transactional(readOnly = true)
	public boolean covers(Long documentId) {
		return owner(documentId).isPresent();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean canView(SimitraUser viewer, Long documentId) {
		return owner(documentId).map(u -> switch (viewer.role()) {
			case UMKM -> u.ownerId().equals(viewer.accountId());
			case OFFICER -> officers.covers(viewer, u.regencyCode());
			case ADMIN -> true;
			case COMPANY -> partners.sharesPapers(viewer.accountId(), u.id());
		}).orElse(false);
	}

	private Optional<Holder> owner(Long documentId) {
		return jdbc.sql("""
				select u.id, u.owner_id, u.regency_code from umkm_certificate c join umkm u on u.id = c.umkm_id
				where c.document_id = :document
				""")
			.param("document", documentId)
			.query((rs, n) -> new Holder(rs.getLong(1), rs.getLong(2), rs.getString(3)))
			.optional();
	}

	private record Holder(Long id, Long ownerId, String regencyCode) {
	}

}
