package id.kerjasama.query.notification;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Delivers the messages the notifier made: e-mails through Spring Boot's {@link JavaMailSender} (configured by
 * {@code spring.mail.*}; without {@code spring.mail.host} there is none and e-mails stay in the outbox), webhook posts
 * through the JDK's HTTP client, signed ({@link WebhookSigning}); a post is delivered when the receiver answers 2xx.
 * A failed attempt is recorded and tried again after a backoff that doubles from {@code initial-backoff} up to
 * {@code max-backoff}, until {@code max-attempts} have failed: then the message is given up, listed as such, and
 * waits for someone to ask for another round. A receiver that is down delays messages, never drops them.
 */
@Component
class Delivery {

    private static final Logger log = LoggerFactory.getLogger(Delivery.class);
    /** Messages taken per round: a round is short, and the next starts as soon as this one ends. */
    private static final int ROUND = 50;

    private final Notifications notifications;
    private final Webhooks webhooks;
    private final WebhookSigning signing;
    private final ObjectProvider<JavaMailSender> mail;
    private final HttpClient http;
    private final String from;
    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Duration lease;
    private final Duration webhookTimeout;
    private final MeterRegistry meters;
    private final Clock clock = Clock.systemUTC();

    Delivery(Notifications notifications, Webhooks webhooks, WebhookSigning signing, ObjectProvider<JavaMailSender> mail,
             MeterRegistry meters,
             @Value("${kerjasama.notifications.from:kerjasama@localhost}") String from,
             @Value("${kerjasama.notifications.max-attempts:10}") int maxAttempts,
             @Value("${kerjasama.notifications.initial-backoff:1m}") Duration initialBackoff,
             @Value("${kerjasama.notifications.max-backoff:6h}") Duration maxBackoff,
             @Value("${kerjasama.notifications.attempt-lease:5m}") Duration lease,
             @Value("${kerjasama.notifications.webhook-timeout:10s}") Duration webhookTimeout) {
        this.notifications = notifications;
        this.webhooks = webhooks;
        this.signing = signing;
        this.mail = mail;
        this.meters = meters;
        this.from = from;
        this.maxAttempts = maxAttempts;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
        this.lease = lease;
        this.webhookTimeout = webhookTimeout;
        this.http = HttpClient.newBuilder().connectTimeout(webhookTimeout).build();
    }

    @Scheduled(fixedDelayString = "${kerjasama.notifications.send-interval:10s}")
    void deliver() {
        Instant now = clock.instant();
        for (Notifications.Due due : notifications.due(now, ROUND)) {
            if (!notifications.claim(due, now.plus(lease))) {
                continue;
            }
            try {
                if (due.channel() == Notifications.Channel.EMAIL) {
                    email(due);
                } else {
                    post(due);
                }
                notifications.sent(due, clock.instant());
                count(due, "SENT");
            } catch (RuntimeException | IOException e) {
                failed(due, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void email(Notifications.Due due) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            // configured when it was made, and not any more: it waits for a mail server to come back
            throw new IllegalStateException("no mail server is configured (spring.mail.host)");
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(due.recipient());
        message.setSubject(due.subject());
        message.setText(due.body());
        sender.send(message);
    }

    private void post(Notifications.Due due) throws IOException, InterruptedException {
        Webhook webhook = webhooks.find(due.webhookId()).orElseThrow(() ->
                new IllegalStateException("the webhook was removed from its directory"));
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(webhook.url())).timeout(webhookTimeout)
                .header("Content-Type", "application/json")
                .header(WebhookSigning.TIMESTAMP, Long.toString(timestamp))
                .header(WebhookSigning.SIGNATURE, signing.signature(webhook.webhookId(), timestamp, due.body()))
                .header("X-Kerjasama-Delivery", Long.toString(due.id()))
                .POST(HttpRequest.BodyPublishers.ofString(due.body())).build();
        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("the receiver answered HTTP " + response.statusCode());
        }
    }

    private void failed(Notifications.Due due, String error) {
        Instant at = clock.instant();
        int attempt = due.attempts() + 1;
        Instant retryAt = attempt >= maxAttempts ? null : at.plus(backoff(attempt));
        notifications.failed(due, at, error, retryAt);
        count(due, retryAt == null ? "GAVE_UP" : "FAILED");
        log.warn("Message {} ({} to {}): attempt {} failed ({}); {}", due.id(), due.channel(), due.recipient(), attempt,
                error, retryAt == null ? "given up" : "next at " + retryAt);
    }

    /** Each attempt's outcome, by channel, for the operators' metrics ({@code kerjasama_notifications_total}). */
    private void count(Notifications.Due due, String outcome) {
        meters.counter("kerjasama.notifications", "channel", due.channel().name(), "outcome", outcome).increment();
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
