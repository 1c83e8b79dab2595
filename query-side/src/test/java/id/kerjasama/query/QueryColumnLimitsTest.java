package id.kerjasama.query;

import id.kerjasama.actor.ActorRole;
import id.kerjasama.contact.EmailAddress;
import id.kerjasama.contact.Language;
import id.kerjasama.contact.ReminderKind;
import id.kerjasama.contact.WebhookUrl;
import id.kerjasama.cooperation.CooperationType;
import id.kerjasama.cooperation.GovernmentAffair;
import id.kerjasama.cooperation.PartnerKind;
import id.kerjasama.cooperation.PublicEntryField;
import id.kerjasama.cooperation.Stage;
import id.kerjasama.query.cooperation.CooperationHistory;
import id.kerjasama.query.inbox.InboxKind;
import id.kerjasama.query.inspection.FlagKind;
import id.kerjasama.query.inspection.InspectionFold;
import id.kerjasama.query.inspection.LabelRules;
import id.kerjasama.query.notification.NotificationStatus;
import id.kerjasama.query.notification.Notifications;
import id.kerjasama.query.workqueue.WorkQueue;
import id.kerjasama.region.RegionDirectory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every length limit of the read models, as the query side's Flyway scripts leave them, is one the command side
 * keeps too: a text from a command or a token has no limit here (whatever the command side accepts, the projection
 * can store), and a bounded column holds only what a kernel type bounds, named below with the bound it implies.
 * A bounded column nobody named, or one narrower than its bound, fails here rather than stopping a projection.
 */
class QueryColumnLimitsTest {

    private static final int UUID = 36;
    private static final int REGION_CODE = RegionDirectory.standard().codes().stream().mapToInt(String::length).max().orElseThrow();
    private static final int PROVINCE_CODE = RegionDirectory.standard().codes().stream().filter(c -> c.indexOf('.') < 0)
            .mapToInt(String::length).max().orElseThrow();

    /**
     * Tables whose shape Axon Framework prescribes and fills itself. The dead letters copy an event's identifiers and
     * types from the event store's own columns of the same width, and Axon's cause fits its column once truncated.
     */
    private static final Set<String> FRAMEWORK_TABLES = Set.of("query.token_entry", "query.dead_letter_entry");

    /** The longest value each bounded column can be given. */
    private static final Map<String, Integer> BOUNDS = Map.ofEntries(
            Map.entry("query.cooperation.id", UUID),
            Map.entry("query.cooperation.type", longestName(CooperationType.class)),
            Map.entry("query.cooperation.stage", longestName(Stage.class)),
            Map.entry("query.cooperation.region_code", REGION_CODE),
            Map.entry("query.cooperation.province_code", PROVINCE_CODE),
            Map.entry("query.cooperation.partner_key", CooperationHistory.PARTNER_KEY_MAX),
            Map.entry("query.cooperation.partner_kind", longestName(PartnerKind.class)),
            Map.entry("query.cooperation.partner_region_code", REGION_CODE),
            Map.entry("query.cooperation_detail.id", UUID),
            Map.entry("query.cooperation_affair.cooperation_id", UUID),
            Map.entry("query.cooperation_affair.affair", longestName(GovernmentAffair.class)),
            Map.entry("query.work_item.cooperation_id", UUID),
            Map.entry("query.work_item.queue", longestName(WorkQueue.class)),
            Map.entry("query.work_item.document_id", UUID),
            Map.entry("query.work_item.region_code", REGION_CODE),
            Map.entry("query.inbox_item.cooperation_id", UUID),
            Map.entry("query.notification_contact.contact_id", UUID),
            Map.entry("query.notification_contact.region_code", REGION_CODE),
            Map.entry("query.notification_contact.role", longestName(ActorRole.class)),
            Map.entry("query.notification_contact.email", EmailAddress.MAX_LENGTH),
            // E.164: a plus sign and at most 15 digits
            Map.entry("query.notification_contact.phone", 16),
            Map.entry("query.notification_contact.language", longestName(Language.class)),
            Map.entry("query.notification_contact.receives", Arrays.stream(ReminderKind.values())
                    .mapToInt(kind -> kind.name().length() + 1).sum()),
            // Axon's event identifiers, which the command side makes as UUIDs
            Map.entry("query.notification.event_id", UUID),
            Map.entry("query.notification.recipient", EmailAddress.MAX_LENGTH),
            Map.entry("query.notification.contact_id", UUID),
            Map.entry("query.notification.cooperation_id", UUID),
            Map.entry("query.notification.region_code", REGION_CODE),
            Map.entry("query.notification.language", longestName(Language.class)),
            Map.entry("query.notification.status", longestName(NotificationStatus.class)),
            Map.entry("query.notification_attempt.outcome", longestName(NotificationStatus.class)),
            Map.entry("query.notification.channel", longestName(Notifications.Channel.class)),
            Map.entry("query.notification.webhook_id", UUID),
            Map.entry("query.notification_webhook.webhook_id", UUID),
            Map.entry("query.notification_webhook.region_code", REGION_CODE),
            Map.entry("query.notification_webhook.url", WebhookUrl.MAX_LENGTH),
            Map.entry("query.notification_webhook.receives", Arrays.stream(ReminderKind.values())
                    .mapToInt(kind -> kind.name().length() + 1).sum()),
            Map.entry("query.inbox_item.stage", longestName(Stage.class)),
            Map.entry("query.inbox_item.region_code", REGION_CODE),
            Map.entry("query.inbox_item.province_code", PROVINCE_CODE),
            Map.entry("query.inbox_item.partner_region_code", REGION_CODE),
            Map.entry("query.inbox_item.kind", InboxKind.all().keySet().stream().mapToInt(String::length).max().orElseThrow()),
            Map.entry("query.inbox_item.document_id", UUID),
            Map.entry("query.public_exemption.cooperation_id", UUID),
            Map.entry("query.public_exemption.exemption_id", UUID),
            Map.entry("query.public_exemption.document_id", UUID),
            Map.entry("query.public_exemption.field", longestName(PublicEntryField.class)),
            // a DocumentReference's sha256 is 64 hex digits (Require.sha256)
            Map.entry("query.archived_file.cooperation_id", UUID),
            Map.entry("query.archived_file.document_id", UUID),
            Map.entry("query.archived_file.sha256", 64),
            Map.entry("query.inspection_file.cooperation_id", UUID),
            Map.entry("query.inspection_file.type", longestName(CooperationType.class)),
            Map.entry("query.inspection_file.stage", longestName(Stage.class)),
            Map.entry("query.inspection_file.region_code", REGION_CODE),
            Map.entry("query.inspection_file.province_code", PROVINCE_CODE),
            Map.entry("query.inspection_file.partner_region_code", REGION_CODE),
            Map.entry("query.inspection_file.partner_kind", longestName(PartnerKind.class)),
            // every kind once, comma-separated
            Map.entry("query.inspection_file.label_mismatches", Arrays.stream(LabelRules.MismatchKind.values())
                    .mapToInt(k -> k.name().length() + 1).sum()),
            Map.entry("query.inspection_flag.cooperation_id", UUID),
            Map.entry("query.inspection_flag.kind", longestName(FlagKind.class)),
            Map.entry("query.inspection_stage_stay.cooperation_id", UUID),
            Map.entry("query.inspection_stage_stay.stage", longestName(Stage.class)),
            Map.entry("query.inspection_decision.cooperation_id", UUID),
            Map.entry("query.inspection_decision.event_type", InspectionFold.decisionTypes().stream().mapToInt(String::length).max().orElseThrow()),
            Map.entry("query.inspection_decision.actor_role", longestName(ActorRole.class)),
            // the region an actor acted for: a region code, or "ID" for the country
            Map.entry("query.inspection_decision.actor_region", Math.max(REGION_CODE, 2)),
            // written by the checkpoint signer: an ISO-8601 instant, a SHA-256 in hex, a cooperation id
            Map.entry("audit.signed_checkpoint.created_at", Instant.MAX.toString().length()),
            Map.entry("audit.signed_checkpoint.key_id", 64),
            Map.entry("audit.checkpoint_head.aggregate_identifier", UUID),
            Map.entry("audit.chain_adoption.aggregate_identifier", UUID),
            Map.entry("audit.chain_adoption.adopted_at", Instant.MAX.toString().length()),
            Map.entry("audit.chain_adoption.key_id", 64));

    private static final Pattern CREATE = Pattern.compile("CREATE TABLE (?:IF NOT EXISTS )?(\\S+)\\s*\\((.*?)\\)\\s*;",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern COLUMN = Pattern.compile("^\\s*(\\w+)\\s+(\\w+(?:\\s*\\(\\s*\\d+\\s*\\))?)", Pattern.MULTILINE);
    private static final Pattern ALTER_TYPE = Pattern.compile(
            "ALTER TABLE (\\S+) ALTER COLUMN (\\w+) (?:SET DATA )?TYPE (\\w+(?:\\s*\\(\\s*\\d+\\s*\\))?)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ADD = Pattern.compile("ALTER TABLE (\\S+) ADD COLUMN (?:IF NOT EXISTS )?(\\w+) (\\w+(?:\\s*\\(\\s*\\d+\\s*\\))?)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DROP = Pattern.compile("ALTER TABLE (\\S+) DROP COLUMN (?:IF EXISTS )?(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern LENGTH = Pattern.compile("\\(\\s*(\\d+)\\s*\\)");

    @Test
    void every_bounded_column_holds_what_the_command_side_accepts_and_every_text_is_unbounded() throws IOException {
        Map<String, String> columns = columns();
        assertThat(columns).containsKeys("query.cooperation.title", "query.cooperation.partner_key", "query.inspection_decision.actor_name");
        List<String> wrong = new ArrayList<>();
        columns.forEach((column, type) -> {
            Matcher length = LENGTH.matcher(type);
            if (!length.find() || FRAMEWORK_TABLES.contains(column.substring(0, column.lastIndexOf('.')))) {
                return;
            }
            int size = Integer.parseInt(length.group(1));
            Integer bound = BOUNDS.get(column);
            if (bound == null) {
                wrong.add(column + " is " + type + ": no kernel limit keeps it within; give it no length, or name its bound here");
            } else if (bound > size) {
                wrong.add(column + " is " + type + " but may be given " + bound + " characters");
            }
        });
        assertThat(wrong).isEmpty();
        assertThat(columns.get("query.cooperation.title")).isEqualToIgnoringCase("VARCHAR");
        assertThat(columns.get("query.cooperation.partner_name")).isEqualToIgnoringCase("VARCHAR");
    }

    /** Every column of the query side's schemas with its type, after all the scripts ran in order. */
    private static Map<String, String> columns() throws IOException {
        Map<String, String> columns = new LinkedHashMap<>();
        List<Path> scripts;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/db/query"))) {
            scripts = files.filter(f -> f.getFileName().toString().matches("V[\\d.]+__.*\\.sql"))
                    .sorted(Comparator.comparing(QueryColumnLimitsTest::version)).toList();
        }
        assertThat(scripts).isNotEmpty();
        for (Path script : scripts) {
            String sql = Files.readString(script).replaceAll("--[^\\n]*", "");
            Matcher create = CREATE.matcher(sql);
            while (create.find()) {
                String table = create.group(1).toLowerCase();
                Matcher column = COLUMN.matcher(create.group(2));
                while (column.find()) {
                    String name = column.group(1).toLowerCase();
                    if (!Set.of("primary", "unique", "constraint", "foreign", "check").contains(name)) {
                        columns.put(table + "." + name, column.group(2).replaceAll("\\s+", ""));
                    }
                }
            }
            Matcher add = ADD.matcher(sql);
            while (add.find()) {
                columns.put(add.group(1).toLowerCase() + "." + add.group(2).toLowerCase(), add.group(3).replaceAll("\\s+", ""));
            }
            Matcher alter = ALTER_TYPE.matcher(sql);
            while (alter.find()) {
                columns.put(alter.group(1).toLowerCase() + "." + alter.group(2).toLowerCase(), alter.group(3).replaceAll("\\s+", ""));
            }
            Matcher drop = DROP.matcher(sql);
            while (drop.find()) {
                columns.remove(drop.group(1).toLowerCase() + "." + drop.group(2).toLowerCase());
            }
        }
        return columns;
    }

    private static double version(Path script) {
        String name = script.getFileName().toString();
        return Double.parseDouble(name.substring(1, name.indexOf("__")).replaceFirst("_", "."));
    }

    private static int longestName(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).mapToInt(e -> e.name().length()).max().orElseThrow();
    }
}
