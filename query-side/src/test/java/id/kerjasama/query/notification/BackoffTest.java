package id.kerjasama.query.notification;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTest {

    @Test
    void the_wait_doubles_from_the_initial_backoff_and_stops_at_the_maximum() {
        Delivery delivery = new Delivery(null, null, null, null, null, "kerjasama@localhost", 10, Duration.ofMinutes(1),
                Duration.ofMinutes(5), Duration.ofMinutes(5), Duration.ofSeconds(10));
        assertThat(delivery.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(delivery.backoff(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(delivery.backoff(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(delivery.backoff(4)).isEqualTo(Duration.ofMinutes(5));
        assertThat(delivery.backoff(40)).isEqualTo(Duration.ofMinutes(5));
    }
}
