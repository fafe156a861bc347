package app.dearme.platform.mail;

import app.dearme.platform.config.DearMeProperties;
import jakarta.mail.internet.MimeMessage;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.StringUtils;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends HTML + text mail through SMTP when configured, and into the dev inbox when enabled. Sending
 * happens off the request thread (a virtual thread) so SMTP latency never holds a request.
 */
@Component
public class MailGateway {

    private static final Logger log = LoggerFactory.getLogger(MailGateway.class);
    private final ObjectProvider<JavaMailSender> sender;
    private final DevMailbox devMailbox;
    private final DearMeProperties props;

    MailGateway(ObjectProvider<JavaMailSender> sender, DevMailbox devMailbox, DearMeProperties props) {
        this.sender = sender;
        this.devMailbox = devMailbox;
        this.props = props;
    }

    public void send(String to, String subject, String text, String html) {
        if (props.mail().devInbox()) {
            devMailbox.add(new DevMailbox.Mail(to, subject, text, html, OffsetDateTime.now()));
        }
        JavaMailSender smtp = configured(sender.getIfAvailable());
        if (smtp == null) {
            if (!props.mail().devInbox()) {
                log.warn("No SMTP configured and dev inbox off: mail '{}' was not delivered", subject);
            }
            return;
        }
        Thread.ofVirtual().name("mail-send").start(() -> {
            try {
                MimeMessage msg = smtp.createMimeMessage();
                MimeMessageHelper h = new MimeMessageHelper(msg, true, "UTF-8");
                h.setFrom(props.mail().from());
                h.setTo(to);
                h.setSubject(subject);
                h.setText(text, html);
                smtp.send(msg);
            } catch (Exception e) {
                log.error("Mail '{}' could not be sent: {}", subject, e.getMessage());
            }
        });
    }

    /** SPRING_MAIL_HOST= (set but empty) makes Boot create a sender for localhost:25; that means "no SMTP". */
    private static JavaMailSender configured(JavaMailSender smtp) {
        if (smtp instanceof JavaMailSenderImpl impl && !StringUtils.hasText(impl.getHost())) {
            return null;
        }
        return smtp;
    }
}
