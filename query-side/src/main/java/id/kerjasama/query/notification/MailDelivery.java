package id.kerjasama.query.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Delivers the messages the notifier made, through Spring Boot's {@link JavaMailSender} (configured by
 * {@code spring.mail.*}; without {@code spring.mail.host} there is none and the messages stay in the outbox). A failed
 * attempt is recorded and tried again after a backoff that doubles from {@code initial-backoff} up to
 * {@code max-backoff}, until {@code max-attempts} have failed: then the message is given up, listed as such, and
 * waits for someone to ask for another round. A mail server that is down delays messages, never drops them.
 */
@Component
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    /** Messages taken per round: a round is short, and the next starts as soon as this one ends. */
    private static final int ROUND = 50;

    private final Notifications notifications;
    private final ObjectProvider<JavaMailSender> mail;
    private final String from;
    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Duration lease;
    private final Clock clock = Clock.systemUTC();

    MailDelivery(Notifications notifications, ObjectProvider<JavaMailSender> mail,
                 @Value("${kerjasama.notifications.from:kerjasama@localhost}") String from,
                 @Value("${kerjasama.notifications.max-attempts:10}") int maxAttempts,
                 @Value("${kerjasama.notifications.initial-backoff:1m}") Duration initialBackoff,
                 @Value("${kerjasama.notifications.max-backoff:6h}") Duration maxBackoff,
                 @Value("${kerjasama.notifications.attempt-lease:5m}") Duration lease) {
        this.notifications = notifications;
        this.mail = mail;
        this.from = from;
        this.maxAttempts = maxAttempts;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
        this.lease = lease;
    }

    @Scheduled(fixedDelayString = "${kerjasama.notifications.send-interval:10s}")
    void deliver() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return;
        }
        Instant now = clock.instant();
        for (Notifications.Due due : notifications.due(now, ROUND)) {
            if (!notifications.claim(due, now.plus(lease))) {
                continue;
            }
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(due.recipient());
            message.setSubject(due.subject());
            message.setText(due.body());
            try {
                sender.send(message);
                notifications.sent(due, clock.instant());
            } catch (RuntimeException e) {
                Instant at = clock.instant();
                Instant retryAt = due.attempts() + 1 >= maxAttempts ? null : at.plus(backoff(due.attempts() + 1));
                notifications.failed(due, at, String.valueOf(e.getMessage()), retryAt);
                log.warn("Message {} to {}: attempt {} failed ({}); {}", due.id(), due.recipient(), due.attempts() + 1,
                        e.getMessage(), retryAt == null ? "given up" : "next at " + retryAt);
            }
        }
    }

    /** The wait after the {@code failed}th failure: initial, doubled each time, never more than the maximum. */
    Duration backoff(int failed) {
        Duration wait = initialBackoff;
        for (int i = 1; i < failed && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
