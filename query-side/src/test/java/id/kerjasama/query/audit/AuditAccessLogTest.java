package id.kerjasama.query.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What callers send ends up in the security log; it must not be able to forge a line there. */
class AuditAccessLogTest {

    @Test
    void control_characters_cannot_start_a_forged_line_and_length_is_bounded() {
        assertThat(AuditAccessLog.printable("siti\nactor=admin access=VERIFY_STORE", "-"))
                .isEqualTo("siti?actor=admin access=VERIFY_STORE");
        assertThat(AuditAccessLog.printable("x".repeat(500), "-")).hasSize(200);
    }

    @Test
    void no_actor_is_anonymous() {
        assertThat(AuditAccessLog.printable(null, AuditAccessLog.ANONYMOUS)).isEqualTo("anonymous");
        assertThat(AuditAccessLog.printable("  ", AuditAccessLog.ANONYMOUS)).isEqualTo("anonymous");
    }
}
