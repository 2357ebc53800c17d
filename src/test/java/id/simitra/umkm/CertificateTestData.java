package id.simitra.umkm;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;

import id.simitra.account.AccountService;
import id.simitra.account.SimitraUser;
import id.simitra.company.CompanyProfile;
import id.simitra.company.CompanyService;
import id.simitra.need.NeedData;
import id.simitra.need.NeedService;
import id.simitra.partnership.PartnershipService;
import id.simitra.partnership.ProposalData;
import id.simitra.reference.PartnershipPattern;
import id.simitra.reference.Unit;

/**
 * Small builders for certificate tests (kept here so the shared Fixtures stay as they
 * are).
 */
final class CertificateTestData {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };

	/** What a ZIP (and so a .docx or .xlsx) starts with. */
	static final byte[] ZIP = { 'P', 'K', 0x03, 0x04, 0x14, 0, 0, 0, 8, 0 };

	static final byte[] TEXT = "Ini bukan foto, hanya teks biasa.\n".getBytes(StandardCharsets.UTF_8);

	private CertificateTestData() {
	}

	static CertificateData data(String type, String number, LocalDate issuedOn, LocalDate expiresOn) {
		return new CertificateData(type, number, issuedOn, expiresOn, "Penerbit Uji",
				NewDocument.recognise("scan.pdf", PDF).orElseThrow());
	}

	static Long accountId(MockHttpSession session) {
		SecurityContext context = (SecurityContext) session.getAttribute("SPRING_SECURITY_CONTEXT");
		return ((SimitraUser) context.getAuthentication().getPrincipal()).accountId();
	}

	static SimitraUser user(AccountService accounts, String email) {
		return (SimitraUser) accounts.loadUserByUsername(email);
	}

	/** A company of this account that has proposed a partnership to the UMKM. */
	static void proposal(AccountService accounts, CompanyService companies, NeedService needs,
			PartnershipService partnerships, String companyEmail, Long umkmId) {
		SimitraUser companyUser = user(accounts, companyEmail);
		Long companyId = companies
			.saveProfile(companyUser.accountId(),
					new CompanyProfile("PT Mitra Uji", null, "Ritel modern", "12.71", "Jl. Gatot Subroto 1"), null)
			.id();
		LocalDate start = LocalDate.now().plusDays(30);
		Long needId = needs
			.create(companyId,
					new NeedData("Kopi bubuk robusta", "Untuk rak swalayan", "10761", new BigDecimal("100"), Unit.KG,
							"12.71", start, PartnershipPattern.PERDAGANGAN_UMUM))
			.id();
		partnerships.propose(companyUser, needId, umkmId, new ProposalData(PartnershipPattern.PERDAGANGAN_UMUM,
				"Pasokan kopi bubuk", 10_000_000L, start, start.plusMonths(6), true));
	}

}
