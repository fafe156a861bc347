package app.dearme.platform.mail;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.springframework.stereotype.Component;

/** In-memory inbox of the default local run (no SMTP there). Newest first, capped. */
@Component
public class DevMailbox {

    public record Mail(String to, String subject, String text, String html, OffsetDateTime sentAt) {
    }

    private static final int CAP = 500;
    private final Deque<Mail> mails = new ConcurrentLinkedDeque<>();

    void add(Mail mail) {
        mails.addFirst(mail);
        while (mails.size() > CAP) {
            mails.pollLast();
        }
    }

    public List<Mail> list() {
        return new ArrayList<>(mails);
    }
}
