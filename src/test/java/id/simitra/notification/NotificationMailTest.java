package id.simitra.notification;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.simitra.account.AccountService;
import id.simitra.account.Role;
import id.simitra.partnership.PartnershipRated;
import id.simitra.support.SimitraTest;
import id.simitra.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a mail server configured (here GreenMail, an SMTP server inside the test), a
 * notification is also e-mailed, after the transaction commits; a rolled-back change
 * sends nothing, and a mail server that is down does not stop the change. A notification
 * made by a listener of another module's event is not lost when that listener fails: the
 * publication stays in the registry and, resubmitted, is stored and e-mailed.
 */
@SimitraTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotificationMailTest {

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
	NotificationService notifications;

	@Autowired
	AccountService accounts;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	JdbcClient jdbc;

	@Test
	@Order(1)
	void aNotificationIsStoredAndEmailedAfterCommit() throws Exception {
		String email = "umkm-" + UUID.randomUUID() + "@contoh.test";
		Long accountId = accounts.create(email, WebSession.PASSWORD, "Sondang Purba", Role.UMKM).id();
		greenMail.purgeEmailFromAllMailboxes();

		notifications.notify(accountId, NotificationKind.PARTNERSHIP_PROPOSED,
				List.of("PT Kopi Ekspor", "Pasokan kopi 1 ton"), "/kemitraan/42");

		assertThat(greenMail.waitForIncomingEmail(10_000, 1)).isTrue();
		MimeMessage mail = greenMail.getReceivedMessages()[0];
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(email);
		assertThat(mail.getSubject())
			.isEqualTo("Simitra: PT Kopi Ekspor mengusulkan kemitraan kepada usaha Anda: Pasokan kopi 1 ton");
		assertThat(GreenMailUtil.getBody(mail)).contains("https://simitra.example/kemitraan/42")
			.contains("https://simitra.example/notifikasi");
		assertThat(notifications.unreadCount(accountId)).isEqualTo(1);
	}

	@Test
	@Order(2)
	void nothingIsEmailedWhenTheChangeIsRolledBack() throws Exception {
		Long accountId = accounts
			.create("pt-" + UUID.randomUUID() + "@contoh.test", WebSession.PASSWORD, "Budi", Role.COMPANY)
			.id();
		greenMail.purgeEmailFromAllMailboxes();

		new TransactionTemplate(transactions).executeWithoutResult(tx -> {
			notifications.notify(accountId, NotificationKind.PARTNERSHIP_ACCEPTED, List.of("Kopi Sidikalang", "Kopi"),
					"/kemitraan/7");
			tx.setRollbackOnly();
		});

		assertThat(greenMail.waitForIncomingEmail(1_500, 1)).isFalse();
		assertThat(notifications.unreadCount(accountId)).isZero();
	}

	@Test
	@Order(3)
	void aFailedListenerLosesNothingItsNotificationAndMailFollowOnResubmission() throws Exception {
		String email = "pt-" + UUID.randomUUID() + "@contoh.test";
		Long companyOwner = accounts.create(email, WebSession.PASSWORD, "Hendra Sitompul", Role.COMPANY).id();
		// A partnership id no real one has: the planted failure below refuses only this
		// notification.
		long partnershipId = -(System.nanoTime() % 1_000_000_000L) - 1;
		String link = "/kemitraan/" + partnershipId;
		jdbc.sql("""
				create function test_refuse_notification() returns trigger language plpgsql as $$
				begin raise exception 'planted listener failure'; end $$
				""").update();
		jdbc.sql("create trigger test_refuse_notification before insert on notification for each row when (new.link = '"
				+ link + "') execute function test_refuse_notification()")
			.update();
		greenMail.purgeEmailFromAllMailboxes();
		try {
			// As PartnershipService.rate publishes it: inside the transaction that stores
			// the rating.
			new TransactionTemplate(transactions).executeWithoutResult(tx -> events.publishEvent(
					new PartnershipRated(partnershipId, Role.UMKM, "Kopi Sidikalang", companyOwner, 5, "Kopi", null)));

			Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "FAILED".equals(statusOf(partnershipId)));
			assertThat(notifications.unreadCount(companyOwner)).isZero();
			assertThat(greenMail.waitForIncomingEmail(500, 1)).isFalse();
		}
		finally {
			jdbc.sql("drop trigger test_refuse_notification on notification").update();
			jdbc.sql("drop function test_refuse_notification()").update();
		}

		incomplete.resubmitIncompletePublications(
				p -> p.getEvent() instanceof PartnershipRated r && r.partnershipId() == partnershipId);

		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "COMPLETED".equals(statusOf(partnershipId)));
		assertThat(notifications.list(companyOwner, 0).items()).singleElement().satisfies(n -> {
			assertThat(n.messageKey()).isEqualTo("lifecycle.notify.rated");
			assertThat(n.link()).isEqualTo(link);
		});
		assertThat(greenMail.waitForIncomingEmail(10_000, 1)).isTrue();
		MimeMessage mail = greenMail.getReceivedMessages()[0];
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(email);
		assertThat(GreenMailUtil.getBody(mail)).contains("https://simitra.example" + link);
	}

	private String statusOf(long partnershipId) {
		return jdbc.sql("""
				select status from event_publication
				where event_type = :type and (serialized_event::jsonb ->> 'partnershipId')::bigint = :id
				""")
			.param("type", PartnershipRated.class.getName())
			.param("id", partnershipId)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	@Test
	@Order(4)
	void aMailServerThatIsDownDoesNotStopTheChange() {
		Long accountId = accounts
			.create("petugas-" + UUID.randomUUID() + "@contoh.test", WebSession.PASSWORD, "Rina", Role.OFFICER)
			.id();
		// Last test of the class: a restarted GreenMail would listen on another port.
		greenMail.stop();
		notifications.notify(accountId, NotificationKind.PARTNERSHIP_SUBMITTED, List.of("PT A", "UMKM B", "Objek"),
				"/kemitraan/9");
		assertThat(notifications.unreadCount(accountId)).isEqualTo(1);
	}

}
