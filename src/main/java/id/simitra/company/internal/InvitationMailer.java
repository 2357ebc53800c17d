package id.simitra.company.internal;

import java.util.Locale;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import id.simitra.platform.PortalAddress;

/**
 * E-mails an invitation to join a company. The person may have no account yet, so this is
 * not a notification (those go to accounts): the company module sends it itself, when a
 * mail server is configured ({@code spring.mail.host}), after the invitation is stored.
 * Without a mail server nothing is sent and the admin gets the link to pass on.
 */
@Component
public class InvitationMailer {

	private static final Log log = LogFactory.getLog(InvitationMailer.class);

	/** The invited person has no language setting yet: Bahasa Indonesia, the default. */
	private static final Locale MAIL_LOCALE = Locale.forLanguageTag("id");

	private final ObjectProvider<JavaMailSender> mailSender;

	private final MessageSource messages;

	private final PortalAddress portal;

	private final String from;

	InvitationMailer(ObjectProvider<JavaMailSender> mailSender, MessageSource messages, PortalAddress portal,
			@Value("${simitra.mail.from}") String from) {
		this.mailSender = mailSender;
		this.messages = messages;
		this.portal = portal;
		this.from = from;
	}

	/** Whether invitations are e-mailed at all (a mail server is configured). */
	public boolean enabled() {
		return mailSender.getIfAvailable() != null;
	}

	/**
	 * Sends the invitation after the transaction commits (nothing is sent for an
	 * invitation that was rolled back); a mail server that is down costs a log line.
	 */
	public void sendAfterCommit(String to, String inviterName, String companyName, String path, String expiresOn) {
		JavaMailSender sender = mailSender.getIfAvailable();
		if (sender == null) {
			return;
		}
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(from);
		mail.setTo(to);
		String subject = messages.getMessage("team.mail.subject", new Object[] { inviterName, companyName },
				MAIL_LOCALE);
		mail.setSubject(subject.length() > 150 ? subject.substring(0, 149) + "…" : subject);
		mail.setText(messages.getMessage("team.mail.body",
				new Object[] { inviterName, companyName, portal.of(path), expiresOn }, MAIL_LOCALE));
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					send(sender, mail);
				}
			});
		}
		else {
			send(sender, mail);
		}
	}

	private static void send(JavaMailSender sender, SimpleMailMessage mail) {
		try {
			sender.send(mail);
		}
		catch (RuntimeException ex) {
			// The invitation is saved; the admin can send it again from the team page.
			log.warn("Invitation e-mail not sent: " + ex.getMessage());
		}
	}

}
