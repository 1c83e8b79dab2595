package id.kerjasama.query.notification;

import id.kerjasama.contact.Language;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Gathers, once a day ({@code kerjasama.notifications.digest-cron}, in {@code kerjasama.time-zone}), the messages held
 * for contacts who chose a daily digest into one e-mail per recipient, in their language; the gathered messages
 * point to their digest, which is delivered (and retried) like any other message.
 */
@Component
public class DailyDigest {

    private final Notifications notifications;
    private final ReminderTexts texts;
    private final ObjectProvider<JavaMailSender> mail;
    private final ZoneId zone;
    private final Clock clock = Clock.systemUTC();

    DailyDigest(Notifications notifications, ReminderTexts texts, ObjectProvider<JavaMailSender> mail,
                @Value("${kerjasama.time-zone:Asia/Jakarta}") ZoneId zone) {
        this.notifications = notifications;
        this.texts = texts;
        this.mail = mail;
        this.zone = zone;
    }

    /** Makes today's digest of everything held, for each recipient. */
    @Scheduled(cron = "${kerjasama.notifications.digest-cron:0 0 7 * * *}", zone = "${kerjasama.time-zone:Asia/Jakarta}")
    @Transactional
    public void gather() {
        LocalDate day = LocalDate.now(clock.withZone(zone));
        NotificationStatus status = mail.getIfAvailable() != null ? NotificationStatus.PENDING : NotificationStatus.OUTBOX;
        Map<String, List<Notifications.Message>> held = notifications.held();
        held.forEach((recipient, messages) -> {
            Notifications.Message last = messages.get(messages.size() - 1);
            Language language = Language.valueOf(last.language());
            ReminderTexts.Text text = texts.digest(language, day,
                    messages.stream().map(Notifications.Message::subject).toList(),
                    messages.stream().map(Notifications.Message::body).toList());
            // keyed by the newest message it gathers: an instance gathering the same ones adds nothing, and what is
            // held after a digest went out goes into the next
            long digest = notifications.addOnce(new Notifications.New("digest-" + last.id(), Notifications.Channel.EMAIL,
                    recipient, last.contactId(), null, null, last.regionCode(),
                    messages.stream().flatMap(m -> m.kinds().stream()).distinct().toList(), language.name(),
                    text.subject(), text.body(), status), clock.instant());
            notifications.gathered(messages.stream().map(Notifications.Message::id).toList(), digest);
        });
    }
}
