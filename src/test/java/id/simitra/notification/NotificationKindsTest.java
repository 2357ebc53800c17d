package id.simitra.notification;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

import id.simitra.account.AccountService;
import id.simitra.account.Role;
import id.simitra.account.SimitraUser;
import id.simitra.company.CompanyProfile;
import id.simitra.company.CompanyService;
import id.simitra.matching.Candidate;
import id.simitra.matching.MatchingService;
import id.simitra.need.NeedData;
import id.simitra.need.NeedService;
import id.simitra.notification.internal.MailBatches;
import id.simitra.offer.RecommendationService;
import id.simitra.offer.internal.ConversationService;
import id.simitra.offer.internal.OfferData;
import id.simitra.offer.internal.OfferService;
import id.simitra.partnership.PartnershipAction;
import id.simitra.partnership.PartnershipRated;
import id.simitra.partnership.PartnershipStatus;
import id.simitra.partnership.PartnershipStepTaken;
import id.simitra.reference.PartnershipPattern;
import id.simitra.reference.Unit;
import id.simitra.umkm.CertificateData;
import id.simitra.umkm.CertificateService;
import id.simitra.umkm.NewDocument;
import id.simitra.umkm.UmkmService;
import id.simitra.umkm.internal.CertificateExpiryReminders;
import id.simitra.support.Fixtures;
import id.simitra.support.MovableClock;
import id.simitra.support.SimitraTest;
import id.simitra.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One test per kind of the catalogue ({@link NotificationKind}): the action in the module
 * where it happens, then exactly the right accounts have the notification (nobody else
 * with that text and link), each got it by e-mail (GreenMail) in Bahasa Indonesia
 * (accounts carry no language), and the page shows it in the reader's language (id and
 * en). Also the e-mail choice per kind and the hourly batching of messages, with the
 * portal's Clock moved an hour on.
 */
@SimitraTest
@Import(MovableClock.Config.class)
class NotificationKindsTest {

	private static final Locale ID = Locale.forLanguageTag("id");

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
		.getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
		registry.add("simitra.base-url", () -> "https://simitra.example");
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AccountService accounts;

	@Autowired
	CompanyService companies;

	@Autowired
	NeedService needs;

	@Autowired
	UmkmService umkms;

	@Autowired
	OfferService offers;

	@Autowired
	ConversationService conversations;

	@Autowired
	RecommendationService recommendations;

	@Autowired
	CertificateService certificates;

	@Autowired
	CertificateExpiryReminders expiryReminders;

	@Autowired
	MatchingService matching;

	@Autowired
	MailBatches batches;

	@Autowired
	MessageSource messages;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void clockBack() {
		clock.reset();
	}

	record Person(Long accountId, String email) {
	}

	record Umkm(Person owner, Long id, String name) {
	}

	record Company(Person owner, Long id, String name) {
	}

	// ---- needs and offers ----

	@Test
	void aNewNeedIsToldOnlyToRankedUmkmScoringAtLeastFifty() throws Exception {
		// Earlier runs' UMKM of this test move away, so the ranking below has low scorers
		// to leave out.
		jdbc.sql("update umkm set regency_code = '12.71' where regency_code = '12.14' and business_name like 'Uji %'")
			.update();
		Umkm feed = umkm("Uji Pakan Ayam Nias", "12.14", "10801");
		fixtures.product(feed.id(), "Pakan ayam ras petelur", "10801", Unit.KG, "20000");
		Umkm chips = umkm("Uji Keripik Pisang Nias", "12.14", "10399");
		Company company = company("12.14");

		Long needId = fixtures.need(company.id(), "Pakan ayam ras petelur", "10801", "5", Unit.TON, "12.14", Map.of());
		fixtures.awaitEventListeners();

		List<Candidate> ranked = matching.rank(needId, 10);
		Map<Long, Double> scores = ranked.stream().collect(Collectors.toMap(Candidate::umkmId, Candidate::score));
		assertThat(scores.get(chips.id())).as("the banana-chip maker is ranked, below 50").isNotNull().isLessThan(50);
		assertThat(scores.get(feed.id())).isGreaterThanOrEqualTo(50);
		Map<Long, Long> owners = umkms.ownerIds(scores.keySet());
		Set<Long> aboveThreshold = ranked.stream()
			.filter(c -> c.score() >= 50)
			.map(c -> owners.get(c.umkmId()))
			.collect(Collectors.toSet());
		assertThat(told(NotificationKind.NEED_FITS, "/umkm/kebutuhan/" + needId)).isEqualTo(aboveThreshold)
			.contains(feed.owner().accountId())
			.doesNotContain(chips.owner().accountId(), company.owner().accountId());
		String score = String.format(Locale.ROOT, "%.0f", scores.get(feed.id()));
		assertDelivered(NotificationKind.NEED_FITS, List.of("Pakan ayam ras petelur", score), feed.owner());
	}

	@Test
	void anInvitationToOfferIsToldToTheUmkm() throws Exception {
		Company company = company("12.71");
		Long needId = need(company);
		Umkm umkm = umkm("Uji Kopi Diundang", "12.71", "10761");
		Umkm other = umkm("Uji Kopi Lain", "12.71", "10761");

		offers.invite(company.owner().accountId(), needId, umkm.id());
		offers.invite(company.owner().accountId(), needId, umkm.id()); // twice: told once

		assertThat(told(NotificationKind.INVITED_TO_OFFER, "/umkm/kebutuhan/" + needId))
			.containsExactly(umkm.owner().accountId())
			.doesNotContain(other.owner().accountId());
		assertThat(count(NotificationKind.INVITED_TO_OFFER, "/umkm/kebutuhan/" + needId)).isEqualTo(1);
		assertDelivered(NotificationKind.INVITED_TO_OFFER, List.of(company.name(), title(needId)), umkm.owner());
	}

	@Test
	void anOfferIsToldToTheCompanysMembers() throws Exception {
		Company company = company("12.71");
		Company otherCompany = company("12.71");
		Long needId = need(company);
		Umkm umkm = umkm("Uji Kopi Menawar", "12.71", "10761");

		offers.submit(umkm.id(), needId, offer());

		String link = "/perusahaan/kebutuhan/" + needId + "/penawaran";
		assertThat(told(NotificationKind.OFFER_RECEIVED, link))
			.isEqualTo(Set.copyOf(companies.memberAccountIds(company.id())))
			.contains(company.owner().accountId())
			.doesNotContain(umkm.owner().accountId(), otherCompany.owner().accountId());
		assertDelivered(NotificationKind.OFFER_RECEIVED, List.of(umkm.name(), title(needId)), company.owner());
	}

	@Test
	void shortlistingAcceptingAndDecliningAreToldToTheUmkmWithTheReason() throws Exception {
		Company company = company("12.71");
		Long needId = need(company);
		Umkm first = umkm("Uji Kopi Pendek", "12.71", "10761");
		Umkm second = umkm("Uji Kopi Ditolak", "12.71", "10761");
		Long firstOffer = offers.submit(first.id(), needId, offer()).id();
		Long secondOffer = offers.submit(second.id(), needId, offer()).id();
		Long buyer = company.owner().accountId();

		offers.shortlist(buyer, firstOffer, true);
		offers.shortlist(buyer, firstOffer, false);
		offers.shortlist(buyer, firstOffer, true);
		offers.accept(buyer, firstOffer, null);
		offers.decline(buyer, secondOffer, "Harga di atas anggaran kami");

		assertThat(told(NotificationKind.OFFER_SHORTLISTED, "/umkm/penawaran/" + firstOffer))
			.containsExactly(first.owner().accountId());
		assertThat(count(NotificationKind.OFFER_SHORTLISTED, "/umkm/penawaran/" + firstOffer))
			.as("set, cleared, set again: told each time it is set")
			.isEqualTo(2);
		assertThat(told(NotificationKind.OFFER_ACCEPTED, "/umkm/penawaran/" + firstOffer))
			.containsExactly(first.owner().accountId());
		assertThat(told(NotificationKind.OFFER_DECLINED, "/umkm/penawaran/" + secondOffer))
			.containsExactly(second.owner().accountId());
		assertThat(told(NotificationKind.OFFER_DECLINED, "/umkm/penawaran/" + firstOffer)).isEmpty();
		assertDelivered(NotificationKind.OFFER_ACCEPTED, List.of(company.name(), title(needId)), first.owner());
		assertDelivered(NotificationKind.OFFER_DECLINED,
				List.of(company.name(), title(needId), "Harga di atas anggaran kami"), second.owner());
	}

	@Test
	void aRecommendationIsToldToTheCompanyAndToTheUmkm() throws Exception {
		Company company = company("12.71");
		Long needId = need(company);
		Umkm umkm = umkm("Uji Kopi Direkomendasikan", "12.71", "10761");
		Umkm bystander = umkm("Uji Kopi Penonton", "12.71", "10761");
		SimitraUser officer = officer("12");

		recommendations.recommend(officer, needId, umkm.id(), "Kapasitas dan izin lengkap");

		assertThat(told(NotificationKind.RECOMMENDED_TO_COMPANY, "/perusahaan/kebutuhan/" + needId + "/penawaran"))
			.isEqualTo(Set.copyOf(companies.memberAccountIds(company.id())))
			.doesNotContain(umkm.owner().accountId(), officer.accountId());
		assertThat(told(NotificationKind.RECOMMENDED_UMKM, "/umkm/kebutuhan/" + needId))
			.containsExactly(umkm.owner().accountId())
			.doesNotContain(bystander.owner().accountId());
		assertDelivered(NotificationKind.RECOMMENDED_TO_COMPANY, List.of(umkm.name(), title(needId)), company.owner());
		assertDelivered(NotificationKind.RECOMMENDED_UMKM, List.of(company.name(), title(needId)), umkm.owner());
	}

	// ---- conversations ----

	@Test
	void aMessageIsToldToTheOtherPartyNotTheWriter() throws Exception {
		Company company = company("12.71");
		Long needId = need(company);
		Umkm umkm = umkm("Uji Kopi Berbincang", "12.71", "10761");
		Long threadId = conversations.open(needId, umkm.id(), company.id());

		conversations.post(user(company.owner()), threadId, "Bisa kirim contoh 5 kg?");
		String link = "/percakapan/" + threadId;
		assertThat(told(NotificationKind.MESSAGE_RECEIVED, link)).containsExactly(umkm.owner().accountId());
		assertDelivered(NotificationKind.MESSAGE_RECEIVED, List.of(company.name(), title(needId)), umkm.owner());

		conversations.post(user(umkm.owner()), threadId, "Bisa, minggu depan.");
		assertThat(told(NotificationKind.MESSAGE_RECEIVED, link)).containsExactlyInAnyOrder(umkm.owner().accountId(),
				company.owner().accountId());
		assertThat(count(NotificationKind.MESSAGE_RECEIVED, link)).isEqualTo(2);
	}

	/**
	 * Chatty kinds: the first message of a quiet hour is e-mailed at once, the next ones
	 * wait and go out together in one e-mail once the hour is over (the Clock moved).
	 */
	@Test
	void messagesAreEmailedAtMostOncePerHourPerPerson() throws Exception {
		Company company = company("12.71");
		Long needId = need(company);
		Umkm umkm = umkm("Uji Kopi Sibuk", "12.71", "10761");
		Long threadId = conversations.open(needId, umkm.id(), company.id());
		SimitraUser writer = user(company.owner());

		conversations.post(writer, threadId, "Pesan pertama");
		fixtures.awaitEventListeners();
		assertThat(mailsTo(umkm.owner(), 1)).hasSize(1);

		conversations.post(writer, threadId, "Pesan kedua");
		conversations.post(writer, threadId, "Pesan ketiga");
		fixtures.awaitEventListeners();
		clock.move(Duration.ofMinutes(30));
		batches.sendDue();
		assertThat(mailsTo(umkm.owner(), 2)).as("within the hour nothing more").hasSize(1);
		assertThat(count(NotificationKind.MESSAGE_RECEIVED, "/percakapan/" + threadId)).isEqualTo(3);

		clock.move(Duration.ofMinutes(31));
		batches.sendDue();
		List<MimeMessage> mails = mailsTo(umkm.owner(), 2);
		assertThat(mails).hasSize(2);
		MimeMessage batch = mails.get(1);
		assertThat(batch.getSubject()).isEqualTo("Simitra: 2 notifikasi baru");
		String body = GreenMailUtil.getBody(batch).replace("=\r\n", "");
		assertThat(body).contains("Ada 2 notifikasi baru");
		assertThat(body.split(java.util.regex.Pattern.quote("https://simitra.example/percakapan/" + threadId + "\r\n"),
				-1))
			.as("both waiting messages, each with its link")
			.hasSize(3);

		batches.sendDue(); // nothing left: no third mail
		assertThat(mailsTo(umkm.owner(), 3)).hasSize(2);
	}

	/**
	 * The settings page: a kind unticked stays in the portal and sends no e-mail; the
	 * page offers only the kinds of the person's role.
	 */
	@Test
	void eachPersonChoosesWhichKindsAlsoComeByEmail() throws Exception {
		Company company = company("12.71");
		Long needId = need(company);
		Umkm umkm = umkm("Uji Kopi Memilih", "12.71", "10761");
		MockHttpSession session = WebSession.login(mvc, umkm.owner().email(), WebSession.PASSWORD);

		String page = mvc.perform(get("/notifikasi/pengaturan").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"email-INVITED_TO_OFFER\"")
			.contains("id=\"email-MESSAGE_RECEIVED\"")
			.doesNotContain("email-OFFER_RECEIVED")
			.doesNotContain("email-PARTNERSHIP_SUBMITTED");
		assertThat(mvc.perform(get("/notifikasi").session(session)).andReturn().getResponse().getContentAsString())
			.contains("href=\"/notifikasi/pengaturan\"");

		// Everything by e-mail except invitations.
		var form = post("/notifikasi/pengaturan").session(session).with(csrf());
		NotificationKind.forRole(Role.UMKM)
			.stream()
			.filter(k -> k != NotificationKind.INVITED_TO_OFFER)
			.forEach(k -> form.param("email", k.name()));
		mvc.perform(form).andExpect(redirectedUrl("/notifikasi/pengaturan"));
		assertThat(mvc.perform(get("/notifikasi/pengaturan").session(session))
			.andReturn()
			.getResponse()
			.getContentAsString()).containsPattern("id=\"email-INVITED_TO_OFFER\"(?![^>]*checked)")
			.containsPattern("id=\"email-MESSAGE_RECEIVED\"[^>]*checked");

		offers.invite(company.owner().accountId(), needId, umkm.id());
		assertThat(told(NotificationKind.INVITED_TO_OFFER, "/umkm/kebutuhan/" + needId))
			.containsExactly(umkm.owner().accountId());
		assertThat(mailsTo(umkm.owner(), 1)).as("invitations unticked: no e-mail").isEmpty();

		recommendations.recommend(officer("12"), needId, umkm.id(), "Siap");
		assertDelivered(NotificationKind.RECOMMENDED_UMKM, List.of(company.name(), title(needId)), umkm.owner());
	}

	// ---- certificates and identity ----

	@Test
	void aCertificateVerifiedOrRejectedIsToldToItsOwnerWithTheReason() throws Exception {
		Umkm umkm = umkm("Uji Kopi Bersertifikat", "12.71", "10761");
		Umkm other = umkm("Uji Kopi Tanpa", "12.71", "10761");
		SimitraUser officer = officer("12");
		LocalDate today = LocalDate.now(clock);
		Long pirt = certificates
			.create(umkm.id(), certificate("PIRT", "206127101002099", today.minusYears(1), today.plusYears(4)))
			.id();
		Long halal = certificates.create(umkm.id(), certificate("HALAL", "ID1211000099", today.minusYears(1), null))
			.id();

		certificates.decide(officer, pirt, true, null, null);
		certificates.decide(officer, halal, false, "Nomor tidak terbaca pada pindaian", null);

		assertThat(told(NotificationKind.CERTIFICATE_VERIFIED, "/umkm/sertifikat")).contains(umkm.owner().accountId())
			.doesNotContain(other.owner().accountId(), officer.accountId());
		assertThat(countFor(umkm.owner(), NotificationKind.CERTIFICATE_VERIFIED)).isEqualTo(1);
		assertThat(told(NotificationKind.CERTIFICATE_REJECTED, "/umkm/sertifikat/" + halal + "/ubah"))
			.containsExactly(umkm.owner().accountId());
		assertDelivered(NotificationKind.CERTIFICATE_VERIFIED, List.of("PIRT", "206127101002099"), umkm.owner());
		assertDelivered(NotificationKind.CERTIFICATE_REJECTED,
				List.of("HALAL", "ID1211000099", "Nomor tidak terbaca pada pindaian"), umkm.owner());
	}

	@Test
	void anIdentityVerifiedIsToldToTheOwner() throws Exception {
		Umkm umkm = umkm("Uji Kopi Terverifikasi", "12.71", "10761");
		SimitraUser officer = officer("12");

		umkms.verifyIdentity(officer, umkm.id());
		umkms.verifyIdentity(officer, umkm.id()); // already verified: told once

		assertThat(told(NotificationKind.IDENTITY_VERIFIED, "/umkm")).contains(umkm.owner().accountId())
			.doesNotContain(officer.accountId());
		assertThat(countFor(umkm.owner(), NotificationKind.IDENTITY_VERIFIED)).isEqualTo(1);
		assertDelivered(NotificationKind.IDENTITY_VERIFIED, List.of(umkm.name()), umkm.owner());
	}

	/**
	 * A person who chose English on the account page gets the e-mail in English (subject,
	 * text and footer); the page's language stays the reader's.
	 */
	@Test
	void anAccountThatChoseEnglishIsEmailedInEnglish() throws Exception {
		Umkm umkm = umkm("Uji Kopi Berbahasa Inggris", "12.71", "10761");
		jdbc.sql("update account set language = 'en' where id = :id").param("id", umkm.owner().accountId()).update();

		umkms.verifyIdentity(officer("12"), umkm.id());

		String english = messages.getMessage(NotificationKind.IDENTITY_VERIFIED.messageKey(),
				new Object[] { umkm.name() }, Locale.ENGLISH);
		String subject = "Simitra: " + english;
		Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> !recipientsOf(subject).isEmpty());
		assertThat(recipientsOf(subject)).containsExactly(umkm.owner().email());
		String indonesian = messages.getMessage(NotificationKind.IDENTITY_VERIFIED.messageKey(),
				new Object[] { umkm.name() }, ID);
		assertThat(recipientsOf("Simitra: " + indonesian)).doesNotContain(umkm.owner().email());
	}

	/**
	 * The daily job: certificates in force expiring within 30 days, once per certificate
	 * and expiry date; not a halal certificate issued since 2022 (no expiry), not one
	 * expiring later or already expired.
	 */
	@Test
	void aCertificateExpiringWithin30DaysIsToldOnceToItsOwner() throws Exception {
		Umkm umkm = umkm("Uji Kopi Kedaluwarsa", "12.71", "10761");
		LocalDate today = LocalDate.now(clock);
		Long soon = certificates
			.create(umkm.id(), certificate("PIRT", "206127101002077", today.minusYears(5), today.plusDays(20)))
			.id();
		Long oldHalal = certificates
			.create(umkm.id(), certificate("HALAL", "ID1211000077", LocalDate.of(2021, 6, 1), today.plusDays(10)))
			.id();
		Long newHalal = certificates
			.create(umkm.id(), certificate("HALAL", "ID1211000078", LocalDate.of(2023, 6, 1), today.plusDays(10)))
			.id();
		Long later = certificates
			.create(umkm.id(), certificate("BPOM", "MD123456789012", today.minusYears(1), today.plusDays(31)))
			.id();
		Long expired = certificates
			.create(umkm.id(), certificate("SNI", "SNI-77-2020", today.minusYears(3), today.minusDays(1)))
			.id();

		assertThat(expiryReminders.remind()).isGreaterThanOrEqualTo(2);
		assertThat(expiryReminders.remind()).as("a second run tells nobody again").isZero();

		assertThat(told(NotificationKind.CERTIFICATE_EXPIRING, "/umkm/sertifikat/" + soon + "/ubah"))
			.containsExactly(umkm.owner().accountId());
		assertThat(told(NotificationKind.CERTIFICATE_EXPIRING, "/umkm/sertifikat/" + oldHalal + "/ubah"))
			.containsExactly(umkm.owner().accountId());
		for (Long quiet : List.of(newHalal, later, expired)) {
			assertThat(told(NotificationKind.CERTIFICATE_EXPIRING, "/umkm/sertifikat/" + quiet + "/ubah")).isEmpty();
		}

		// The next morning: the one due in 31 days is now due in 30; the others were
		// told.
		clock.move(Duration.ofDays(1));
		expiryReminders.remind();
		assertThat(told(NotificationKind.CERTIFICATE_EXPIRING, "/umkm/sertifikat/" + later + "/ubah"))
			.containsExactly(umkm.owner().accountId());
		assertThat(count(NotificationKind.CERTIFICATE_EXPIRING, "/umkm/sertifikat/" + soon + "/ubah")).isEqualTo(1);
		assertThat(told(NotificationKind.CERTIFICATE_EXPIRING, "/umkm/sertifikat/" + newHalal + "/ubah")).isEmpty();
		assertDelivered(NotificationKind.CERTIFICATE_EXPIRING,
				List.of("PIRT", "206127101002077", today.plusDays(20).toString()), umkm.owner());
		// the expiry day in the reader's language, not as yyyy-MM-dd
		assertThat(Arrays.stream(greenMail.getReceivedMessages()).map(m -> subjectOf(m)))
			.anyMatch(subject -> subject.contains(
					"berakhir pada " + today.plusDays(20).format(DateTimeFormatter.ofPattern("d MMMM yyyy", ID)) + "."))
			.noneMatch(subject -> subject.contains(today.plusDays(20).toString()));
	}

	// ---- partnerships ----

	/**
	 * Every step of the lifecycle as {@code PartnershipService} publishes it (the service
	 * side is PartnershipRulesTest): the kind, and who gets it: the company's members
	 * (memberAccountIds), the UMKM's owner, the officers of the UMKM's province.
	 */
	@ParameterizedTest
	@EnumSource(PartnershipAction.class)
	void everyPartnershipStepIsToldToWhomItConcerns(PartnershipAction action) throws Exception {
		Company company = company("12.71");
		Umkm umkm = umkm("Uji Kopi Bermitra", "12.71", "10761");
		String province = "1" + (2 + Math.floorMod(UUID.randomUUID().hashCode(), 7)); // 12..18
		SimitraUser officer = officer(province);
		SimitraUser elsewhere = officer(province.equals("13") ? "14" : "13");
		long partnershipId = -Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L) - 1;
		String object = "Pasokan kopi " + UUID.randomUUID().toString().substring(0, 6);
		Role actor = action == PartnershipAction.ACCEPT || action == PartnershipAction.DECLINE ? Role.UMKM
				: action == PartnershipAction.COMPLETE ? Role.UMKM : Role.COMPANY;
		publish(new PartnershipStepTaken(partnershipId, action, PartnershipStatus.PROPOSED, actor,
				company.owner().accountId(), company.name(), umkm.owner().accountId(), umkm.name(), province + ".01",
				object, company.id()));

		Set<Long> companyMembers = Set.copyOf(companies.memberAccountIds(company.id()));
		Set<Long> umkmOwner = Set.of(umkm.owner().accountId());
		record Expected(NotificationKind kind, Set<Long> to, List<String> args) {
		}
		Expected expected = switch (action) {
			case PROPOSE ->
				new Expected(NotificationKind.PARTNERSHIP_PROPOSED, umkmOwner, List.of(company.name(), object));
			case ACCEPT ->
				new Expected(NotificationKind.PARTNERSHIP_ACCEPTED, companyMembers, List.of(umkm.name(), object));
			case DECLINE ->
				new Expected(NotificationKind.PARTNERSHIP_DECLINED, companyMembers, List.of(umkm.name(), object));
			case SUBMIT -> new Expected(NotificationKind.PARTNERSHIP_SUBMITTED,
					Set.copyOf(accounts.officerIdsInProvince(province)), List.of(company.name(), umkm.name(), object));
			case APPROVE ->
				new Expected(NotificationKind.PARTNERSHIP_APPROVED, union(companyMembers, umkmOwner), List.of(object));
			case RETURN ->
				new Expected(NotificationKind.PARTNERSHIP_RETURNED, union(companyMembers, umkmOwner), List.of(object));
			case REJECT ->
				new Expected(NotificationKind.PARTNERSHIP_REJECTED, union(companyMembers, umkmOwner), List.of(object));
			case ACTIVATE ->
				new Expected(NotificationKind.PARTNERSHIP_ACTIVATED, umkmOwner, List.of(company.name(), object));
			case COMPLETE ->
				new Expected(NotificationKind.PARTNERSHIP_COMPLETED, companyMembers, List.of(umkm.name(), object));
			case TERMINATE ->
				new Expected(NotificationKind.PARTNERSHIP_TERMINATED, umkmOwner, List.of(company.name(), object));
		};
		String link = "/kemitraan/" + partnershipId;
		assertThat(told(expected.kind(), link)).isEqualTo(expected.to()).isNotEmpty();
		assertThat(jdbc.sql("select count(*) from notification where link = :link")
			.param("link", link)
			.query(Long.class)
			.single()).as("nothing else for this step").isEqualTo(expected.to().size());
		if (action == PartnershipAction.SUBMIT) {
			assertThat(expected.to()).contains(officer.accountId()).doesNotContain(elsewhere.accountId());
		}
		Long reader = expected.to().contains(officer.accountId()) ? officer.accountId()
				: expected.to().iterator().next();
		assertDelivered(expected.kind(), expected.args(), expected.to(), person(reader));
	}

	@Test
	void theReproposalAfterAReturnAndARatingAreToldToTheirSide() throws Exception {
		Company company = company("12.71");
		Umkm umkm = umkm("Uji Kopi Dinilai", "12.71", "10761");
		long partnershipId = -Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L) - 1;
		publish(new PartnershipStepTaken(partnershipId, PartnershipAction.PROPOSE, PartnershipStatus.RETURNED,
				Role.COMPANY, company.owner().accountId(), company.name(), umkm.owner().accountId(), umkm.name(),
				"12.71", "Pasokan kopi", company.id()));
		publish(new PartnershipRated(partnershipId, Role.UMKM, umkm.name(), company.owner().accountId(), 4,
				"Pasokan kopi", company.id()));
		publish(new PartnershipRated(partnershipId, Role.COMPANY, company.name(), umkm.owner().accountId(), 5,
				"Pasokan kopi", null));

		String link = "/kemitraan/" + partnershipId;
		assertThat(told(NotificationKind.PARTNERSHIP_REPROPOSED, link)).containsExactly(umkm.owner().accountId());
		assertThat(told(NotificationKind.PARTNERSHIP_RATED, link))
			.isEqualTo(union(Set.copyOf(companies.memberAccountIds(company.id())), Set.of(umkm.owner().accountId())));
		assertThat(count(NotificationKind.PARTNERSHIP_RATED, link)).isEqualTo(2);
		assertDelivered(NotificationKind.PARTNERSHIP_REPROPOSED, List.of(company.name(), "Pasokan kopi"), umkm.owner());
		assertDelivered(NotificationKind.PARTNERSHIP_RATED, List.of(umkm.name(), "4", "Pasokan kopi"), company.owner());
	}

	// ---- helpers ----

	/**
	 * The account got it by e-mail, in Bahasa Indonesia, and nobody else got that e-mail;
	 * the notifications page shows it in Indonesian and, switched to English, in English.
	 */
	private void assertDelivered(NotificationKind kind, List<String> args, Person to) throws Exception {
		assertDelivered(kind, args, Set.of(to.accountId()), to);
	}

	/**
	 * The same for several recipients; {@code reader} is one of them who reads the page.
	 */
	private void assertDelivered(NotificationKind kind, List<String> args, Set<Long> recipients, Person reader)
			throws Exception {
		// Whoever switched this kind's e-mail off on their account page (another test's
		// officer may have) is told in the portal only.
		Set<Long> optedOut = Set
			.copyOf(jdbc.sql("select account_id from notification_email_choice where kind = :kind and not by_email")
				.param("kind", kind.name())
				.query(Long.class)
				.list());
		Set<String> emails = recipients.stream()
			.filter(id -> !optedOut.contains(id))
			.map(id -> accounts.find(id).orElseThrow().email())
			.collect(Collectors.toSet());
		// days are shown in the reader's language (NotificationKind.dateArguments)
		String indonesian = messages.getMessage(kind.messageKey(), kind.arguments(args, ID), ID);
		String english = messages.getMessage(kind.messageKey(), kind.arguments(args, Locale.ENGLISH), Locale.ENGLISH);
		assertThat(english).isNotEqualTo(indonesian);
		String subject = "Simitra: " + indonesian;
		String expectedSubject = subject.length() > 150 ? subject.substring(0, 149) + "…" : subject;
		// A step for all officers of a province mails each of them (the suite makes
		// dozens); the wait ends as soon as all have come.
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> recipientsOf(expectedSubject).containsAll(emails));
		assertThat(recipientsOf(expectedSubject)).as("e-mailed to these and nobody else").isEqualTo(emails);

		MockHttpSession session = WebSession.login(mvc, reader.email(), WebSession.PASSWORD);
		assertThat(page(session, "id")).contains(HtmlUtils.htmlEscape(indonesian));
		assertThat(page(session, "en")).contains(HtmlUtils.htmlEscape(english));
	}

	private String page(MockHttpSession session, String lang) throws Exception {
		return mvc.perform(get("/notifikasi").param("lang", lang).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private Set<String> recipientsOf(String subject) {
		return Arrays.stream(greenMail.getReceivedMessages())
			.filter(m -> subjectOf(m).equals(subject))
			.map(m -> recipientOf(m))
			.collect(Collectors.toSet());
	}

	private static String recipientOf(Message m) {
		try {
			return m.getAllRecipients()[0].toString();
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String subjectOf(Message m) {
		try {
			return String.valueOf(m.getSubject());
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * The mails this person received, oldest first, after waiting briefly for
	 * {@code atLeast}.
	 */
	private List<MimeMessage> mailsTo(Person person, int atLeast) {
		try {
			Awaitility.await().atMost(Duration.ofSeconds(3)).until(() -> received(person).size() >= atLeast);
		}
		catch (org.awaitility.core.ConditionTimeoutException ex) {
			// fewer arrived: the caller's assertion says what was expected
		}
		return received(person);
	}

	private List<MimeMessage> received(Person person) {
		return Arrays.stream(greenMail.getReceivedMessages())
			.filter(m -> recipientOf(m).equals(person.email()))
			.toList();
	}

	/** The accounts that have a notification of this kind with this link. */
	private Set<Long> told(NotificationKind kind, String link) {
		fixtures.awaitEventListeners();
		return Set.copyOf(jdbc.sql("select account_id from notification where message_key = :key and link = :link")
			.param("key", kind.messageKey())
			.param("link", link)
			.query(Long.class)
			.list());
	}

	private long count(NotificationKind kind, String link) {
		fixtures.awaitEventListeners();
		return jdbc.sql("select count(*) from notification where message_key = :key and link = :link")
			.param("key", kind.messageKey())
			.param("link", link)
			.query(Long.class)
			.single();
	}

	private long countFor(Person person, NotificationKind kind) {
		fixtures.awaitEventListeners();
		return jdbc.sql("select count(*) from notification where message_key = :key and account_id = :account")
			.param("key", kind.messageKey())
			.param("account", person.accountId())
			.query(Long.class)
			.single();
	}

	private void publish(Object event) {
		new TransactionTemplate(transactions).executeWithoutResult(tx -> events.publishEvent(event));
	}

	private static Set<Long> union(Set<Long> a, Set<Long> b) {
		return java.util.stream.Stream.concat(a.stream(), b.stream()).collect(Collectors.toSet());
	}

	private Person person(Role role) {
		String email = fixtures.accountEmail(role);
		return new Person(((SimitraUser) accounts.loadUserByUsername(email)).accountId(), email);
	}

	private Person person(Long accountId) {
		return new Person(accountId, accounts.find(accountId).orElseThrow().email());
	}

	private SimitraUser user(Person person) {
		return (SimitraUser) accounts.loadUserByUsername(person.email());
	}

	private SimitraUser officer(String province) {
		return (SimitraUser) accounts.loadUserByUsername(fixtures.officerEmail(province));
	}

	private Umkm umkm(String name, String regency, String kbli) {
		Person owner = person(Role.UMKM);
		String unique = name + " " + UUID.randomUUID().toString().substring(0, 6);
		return new Umkm(owner, fixtures.umkmOwnedBy(owner.accountId(), unique, regency, kbli).id(), unique);
	}

	private Company company(String regency) {
		Person owner = person(Role.COMPANY);
		String name = "PT Uji Notifikasi " + UUID.randomUUID().toString().substring(0, 6);
		Long id = companies
			.saveProfile(owner.accountId(), new CompanyProfile(name, null, "Pangan", regency, null), null)
			.id();
		return new Company(owner, id, name);
	}

	/** A coffee need in Medan, open for 30 days. */
	private Long need(Company company) {
		String title = "Kopi bubuk uji " + UUID.randomUUID().toString().substring(0, 6);
		return needs
			.create(company.id(),
					new NeedData(title, "Pasokan rutin", "10761", new BigDecimal("2"), Unit.TON, "12.71",
							LocalDate.now(clock).plusDays(30), PartnershipPattern.RANTAI_PASOK, Map.of()))
			.id();
	}

	private String title(Long needId) {
		return needs.find(needId).orElseThrow().title();
	}

	private OfferData offer() {
		return new OfferData(new BigDecimal("500"), Unit.KG, 45_000, 7, LocalDate.now(clock).plusDays(14), "Robusta",
				null);
	}

	private static CertificateData certificate(String type, String number, LocalDate issuedOn, LocalDate expiresOn) {
		return new CertificateData(type, number, issuedOn, expiresOn, "Penerbit Uji",
				NewDocument.recognise("scan.pdf", PDF).orElseThrow());
	}

}
