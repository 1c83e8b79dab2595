package id.kerjasama.query.notification;

import id.kerjasama.actor.ActorRole;
import id.kerjasama.contact.Language;
import id.kerjasama.contact.ReminderKind;
import id.kerjasama.contact.event.ContactRecorded;
import id.kerjasama.region.RegionCode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The contact directories in SQL, as the notifier's processor keeps them ({@code query.notification_contact}). */
@Repository
public class Contacts {

    private final JdbcTemplate jdbc;

    Contacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void save(ContactRecorded e) {
        remove(e.contactId().value());
        jdbc.update("INSERT INTO query.notification_contact (contact_id, region_code, name, role, unit, email, phone, "
                        + "language, receives, daily_digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                e.contactId().value(), e.region().value(), e.name(), e.role().name(), e.unit(), e.email().value(),
                e.phone() == null ? null : e.phone().value(), e.language().name(),
                names(e.receives()), e.dailyDigest());
    }

    void remove(String contactId) {
        jdbc.update("DELETE FROM query.notification_contact WHERE contact_id = ?", contactId);
    }

    /** The contacts kept in the directory of {@code region} or of its province: those who may be reminded of it. */
    List<Contact> near(RegionCode region) {
        return jdbc.query("SELECT * FROM query.notification_contact WHERE region_code IN (?, ?) ORDER BY contact_id",
                CONTACT, region.value(), region.provinceCode().value());
    }

    /** The directory of one region, by name. */
    public List<Contact> of(RegionCode region) {
        return jdbc.query("SELECT * FROM query.notification_contact WHERE region_code = ? ORDER BY name, contact_id",
                CONTACT, region.value());
    }

    private static final RowMapper<Contact> CONTACT = (rs, n) -> new Contact(rs.getString("contact_id"),
            rs.getString("region_code"), rs.getString("name"), ActorRole.valueOf(rs.getString("role")),
            rs.getString("unit"), rs.getString("email"), rs.getString("phone"),
            Language.valueOf(rs.getString("language")), receives(rs.getString("receives")), rs.getBoolean("daily_digest"));

    static String names(Set<ReminderKind> kinds) {
        return kinds.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static Set<ReminderKind> receives(String names) {
        Set<ReminderKind> kinds = EnumSet.noneOf(ReminderKind.class);
        Arrays.stream(names.split(",")).filter(name -> !name.isEmpty()).map(ReminderKind::valueOf).forEach(kinds::add);
        return kinds;
    }
}
