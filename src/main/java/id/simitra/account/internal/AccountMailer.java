package id.simitra.account.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Executor;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The account's own e-mails: the reset link and the link that confirms a new address.
 * They go out after the transaction commits and on another thread, so the answer to
 * "forgot password" takes the same time whether a mail is sent or not, and a slow mail
 * server costs the person nothing but a log line.
 * <p>
 * Without a mail server ({@code spring.mail.host} unset) nothing can be sent: in the demo
 * profile the mail is written to the log instead (with its link, so the reset can be
 * tried with {@code ./mvnw -Dmaven.test.skip spring-boot:run}); elsewhere a warning
 * without the link is logged, since a log must not hold a working reset link.
 */
@Component
public class AccountMailer {

	private static final Log log = LogFactory.getLog(AccountMailer.class);

	private final ObjectProvider<JavaMailSender> mailSender;

	private final MessageSource messages;

	private final Executor executor;

	private final String from;

	private final boolean demo;

	AccountMailer(ObjectProvider<JavaMailSender> mailSender, MessageSource messages,
			@Qualifier("applicationTaskExecutor") Executor executor, @Value("${simitra.mail.from}") String from,
			Environment environment) {
		this.mailSender = mailSender;
		this.messages = messages;
		this.executor = executor;
		this.from = from;
		this.demo = environment.acceptsProfiles(Profiles.of("demo"));
	}

	/**
	 * Mails {@code to} the subject and body messages (the body's arguments, the link
	 * among them) in the locale.
	 */
	public void sendAfterCommit(String to, Locale locale, String subjectKey, String bodyKey, Object... bodyArgs) {
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(from);
		mail.setTo(to);
		mail.setSubject(messages.getMessage(subjectKey, null, locale));
		mail.setText(messages.getMessage(bodyKey, Arrays.copyOf(bodyArgs, bodyArgs.length), locale));
		Runnable send = () -> executor.execute(() -> send(mail));
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					send.run();
				}
			});
		}
		else {
			send.run();
		}
	}

	private void send(SimpleMailMessage mail) {
		JavaMailSender sender = mailSender.getIfAvailable();
		String to = String.join(",", mail.getTo() == null ? new String[0] : mail.getTo());
		if (sender == null) {
			if (demo) {
				log.info("Demo mode, no mail server: e-mail to " + to + "\nSubject: " + mail.getSubject() + "\n"
						+ mail.getText());
			}
			else {
				log.warn("No mail server (SPRING_MAIL_HOST): e-mail \"" + mail.getSubject() + "\" to " + to
						+ " not sent");
			}
			return;
		}
		try {
			sender.send(mail);
		}
		catch (RuntimeException ex) {
			log.warn("E-mail \"" + mail.getSubject() + "\" to " + to + " not sent: " + ex.getMessage());
		}
	}

}
