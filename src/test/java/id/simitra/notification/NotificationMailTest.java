package id.simitra.notification;

import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import id.simitra.account.AccountService;
import id.simitra.account.Role;
import id.simitra.support.SimitraTest;
import id.simitra.support.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a mail server configured (here GreenMail, an SMTP server inside the test), a notification is also
 * e-mailed, after the transaction commits; a rolled-back change sends nothing, and a mail server that is down
 * does not stop the change.
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

	@Test
	@Order(1)
	void aNotificationIsStoredAndEmailedAfterCommit() throws Exception {
		String email = "umkm-" + UUID.randomUUID() + "@contoh.test";
		Long accountId = accounts.create(email, WebSession.PASSWORD, "Sondang Purba", Role.UMKM).id();
		greenMail.purgeEmailFromAllMailboxes();

		notifications.notify(accountId, "lifecycle.notify.proposed", List.of("PT Kopi Ekspor", "Pasokan kopi 1 ton"),
				"/kemitraan/42");

		assertThat(greenMail.waitForIncomingEmail(10_000, 1)).isTrue();
		MimeMessage mail = greenMail.getReceivedMessages()[0];
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(email);
		assertThat(mail.getSubject()).isEqualTo(
				"Simitra: PT Kopi Ekspor mengusulkan kemitraan kepada usaha Anda: Pasokan kopi 1 ton");
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
			notifications.notify(accountId, "lifecycle.notify.accepted", List.of("Kopi Sidikalang", "Kopi"),
					"/kemitraan/7");
			tx.setRollbackOnly();
		});

		assertThat(greenMail.waitForIncomingEmail(1_500, 1)).isFalse();
		assertThat(notifications.unreadCount(accountId)).isZero();
	}

	@Test
	@Order(3)
	void aMailServerThatIsDownDoesNotStopTheChange() {
		Long accountId = accounts
			.create("petugas-" + UUID.randomUUID() + "@contoh.test", WebSession.PASSWORD, "Rina", Role.OFFICER)
			.id();
		// Last test of the class: a restarted GreenMail would listen on another port.
		greenMail.stop();
		notifications.notify(accountId, "lifecycle.notify.submitted", List.of("PT A", "UMKM B", "Objek"), "/kemitraan/9");
		assertThat(notifications.unreadCount(accountId)).isEqualTo(1);
	}

}
