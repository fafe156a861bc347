package app.dearme.platform.mail;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** GET /dev/mailbox — exists only when dearme.mail.dev-inbox=true (default local run, never production). */
@RestController
@ConditionalOnProperty(name = "dearme.mail.dev-inbox", havingValue = "true")
class DevMailboxController {

    private final DevMailbox mailbox;

    DevMailboxController(DevMailbox mailbox) {
        this.mailbox = mailbox;
    }

    @GetMapping("/dev/mailbox")
    List<DevMailbox.Mail> mails() {
        return mailbox.list();
    }
}
