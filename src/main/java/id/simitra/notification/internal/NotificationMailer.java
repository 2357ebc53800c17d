package id.simitra.notification.internal;

import java.util.List;
import java.util.Locale;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import id.simitra.notification.NotificationKind;
import id.simitra.platform.PortalAddress;

/**
 * E-mails a copy of a notification when a mail server is configured
 * ({@code spring.mail.host}; without it Spring Boot creates no {@link JavaMailSender} and
 * nothing is sent). The mail goes out after the transaction commits, so nobody is told
 * about a change that was then rolled back, and a mail server that is down or slow only
 * costs a log line: the person's action has already succeeded.
 */
@Component
public class NotificationMailer {

	private static final Log log = LogFactory.getLog(NotificationMailer.class);

	private final ObjectProvider<JavaMailSender> mailSender;

	private final MessageSource messages;

	private final String from;

	private final String baseUrl;

	NotificationMailer(ObjectProvider<JavaMailSender> mailSender, MessageSource messages,
			@Value("${simitra.mail.from}") String from, PortalAddress portal) {
		this.mailSender = mailSender;
		this.messages = messages;
		this.from = from;
		// Links in mails: the one configured public address (shared/PortalAddress).
		this.baseUrl = portal.base();
	}

	/** Whether a mail server is configured ({@code spring.mail.host}). */
	public boolean configured() {
		return mailSender.getIfAvailable() != null;
	}

	/**
	 * One notification by e-mail, in {@code language} (the account's choice,
	 * AccountService.languageOf).
	 */
	public void sendAfterCommit(String to, Locale language, String messageKey, List<String> args, String link) {
		JavaMailSender sender = mailSender.getIfAvailable();
		if (sender == null || to == null) {
			return;
		}
		sendAfterCommit(sender, compose(to, language, messageKey, args, link));
	}

	/**
	 * One e-mail with several notifications (an hourly batch, MailBatches); a batch of
	 * one reads like a single notification.
	 */
	public void sendBatchAfterCommit(String to, Locale language, List<MailBatches.MailItem> items) {
		JavaMailSender sender = mailSender.getIfAvailable();
		if (sender == null || items.isEmpty()) {
			return;
		}
		if (items.size() == 1) {
			MailBatches.MailItem only = items.get(0);
			sendAfterCommit(sender, compose(to, language, only.messageKey(), only.args(), only.link()));
			return;
		}
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(from);
		mail.setTo(to);
		mail.setSubject("Simitra: "
				+ messages.getMessage("notification.mail.batchSubject", new Object[] { items.size() }, language));
		StringBuilder body = new StringBuilder(
				messages.getMessage("notification.mail.batchIntro", new Object[] { items.size() }, language))
			.append("\n\n");
		for (MailBatches.MailItem item : items) {
			body.append("- ")
				.append(messages.getMessage(item.messageKey(),
						NotificationKind.arguments(item.messageKey(), item.args(), language), language));
			if (item.link() != null) {
				body.append("\n  ").append(baseUrl).append(item.link());
			}
			body.append("\n");
		}
		body.append('\n').append(footer(language));
		mail.setText(body.toString());
		sendAfterCommit(sender, mail);
	}

	private void sendAfterCommit(JavaMailSender sender, SimpleMailMessage mail) {
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

	private SimpleMailMessage compose(String to, Locale language, String messageKey, List<String> args,
			@Nullable String link) {
		String text = messages.getMessage(messageKey, NotificationKind.arguments(messageKey, args, language), language);
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(from);
		mail.setTo(to);
		String subject = "Simitra: " + text;
		mail.setSubject(subject.length() > 150 ? subject.substring(0, 149) + "…" : subject);
		StringBuilder body = new StringBuilder(text).append("\n\n");
		if (link != null) {
			body.append(baseUrl).append(link).append("\n\n");
		}
		body.append(footer(language));
		mail.setText(body.toString());
		return mail;
	}

	/** Where all notifications are, and where to choose which come by e-mail. */
	private String footer(Locale language) {
		return messages.getMessage("lifecycle.mail.footer", new Object[] { baseUrl + "/notifikasi" }, language) + "\n"
				+ messages.getMessage("notification.mail.settings", new Object[] { baseUrl + "/notifikasi/pengaturan" },
						language);
	}

	private static void send(JavaMailSender sender, SimpleMailMessage mail) {
		try {
			sender.send(mail);
		}
		catch (RuntimeException ex) {
			// MailException and anything else the mail library throws: the change itself
			// is already saved.
			log.warn("Notification e-mail to " + String.join(",", mail.getTo()) + " not sent: " + ex.getMessage());
		}
	}

}
