package id.kerjasama.query.notification;

import id.kerjasama.contact.event.WebhookRegistered;
import id.kerjasama.region.RegionCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/** The webhooks of the directories in SQL, as the notifier's processor keeps them ({@code query.notification_webhook}). */
@Repository
public class Webhooks {

    private final JdbcTemplate jdbc;

    Webhooks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void save(WebhookRegistered e) {
        remove(e.webhookId().value());
        jdbc.update("INSERT INTO query.notification_webhook (webhook_id, region_code, name, url, receives) "
                        + "VALUES (?, ?, ?, ?, ?)", e.webhookId().value(), e.region().value(), e.name(), e.url().value(),
                Contacts.names(e.receives()));
    }

    void remove(String webhookId) {
        jdbc.update("DELETE FROM query.notification_webhook WHERE webhook_id = ?", webhookId);
    }

    /** The webhooks of the directory of {@code region} and of its province: those that may post about it. */
    List<Webhook> near(RegionCode region) {
        return jdbc.query("SELECT * FROM query.notification_webhook WHERE region_code IN (?, ?) ORDER BY webhook_id",
                WEBHOOK, region.value(), region.provinceCode().value());
    }

    public List<Webhook> of(RegionCode region) {
        return jdbc.query("SELECT * FROM query.notification_webhook WHERE region_code = ? ORDER BY name, webhook_id",
                WEBHOOK, region.value());
    }

    public Optional<Webhook> find(String webhookId) {
        return jdbc.query("SELECT * FROM query.notification_webhook WHERE webhook_id = ?", WEBHOOK, webhookId)
                .stream().findFirst();
    }

    private static final RowMapper<Webhook> WEBHOOK = (rs, n) -> new Webhook(rs.getString("webhook_id"),
            rs.getString("region_code"), rs.getString("name"), rs.getString("url"),
            Contacts.receives(rs.getString("receives")));
}
