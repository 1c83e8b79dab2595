package id.kerjasama.query.notification;

import id.kerjasama.contact.Language;
import id.kerjasama.cooperation.command.CooperationCommand;
import id.kerjasama.query.inbox.InboxItems;
import id.kerjasama.query.inbox.InboxKind;
import id.kerjasama.region.RegionCode;
import id.kerjasama.region.RegionDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The text of a reminder, in the contact's language, from the Thymeleaf text templates
 * {@code notifications/reminder-id.txt} and {@code reminder-en.txt}: what is due, for which cooperation, since when,
 * by when, which commands answer it, and the link to the cooperation in the frontend.
 */
@Component
class ReminderTexts {

    /** A rendered message. */
    record Text(String subject, String body) {
    }

    /** One item as the template shows it. */
    public record Line(String what, String about, String since, String lastDay, List<String> answeredWith) {
    }

    private final TemplateEngine templates = templates();
    private final String frontendBaseUrl;
    private final ZoneId zone;

    ReminderTexts(@Value("${kerjasama.notifications.frontend-base-url:http://localhost:3000}") String frontendBaseUrl,
                  @Value("${kerjasama.time-zone:Asia/Jakarta}") ZoneId zone) {
        this.frontendBaseUrl = frontendBaseUrl.endsWith("/") ? frontendBaseUrl.substring(0, frontendBaseUrl.length() - 1)
                : frontendBaseUrl;
        this.zone = zone;
    }

    Text of(Contact contact, List<InboxItems.Item> items) {
        Language language = contact.language();
        DateTimeFormatter dates = DateTimeFormatter.ofPattern("d MMMM yyyy", language.locale());
        InboxItems.Item first = items.get(0);
        Context context = new Context(language.locale());
        context.setVariable("name", contact.name());
        context.setVariable("title", first.title());
        context.setVariable("region", RegionDirectory.standard().get(RegionCode.of(first.regionCode())).name());
        context.setVariable("link", link(first.cooperationId()));
        context.setVariable("items", items.stream().map(item -> {
            InboxKind kind = InboxKind.of(item.kind());
            return new Line(language == Language.ID ? kind.term() : kind.label(), item.about(),
                    dates.format(LocalDate.ofInstant(item.since(), zone)),
                    item.lastDay() == null ? null : dates.format(item.lastDay()),
                    kind.commands().stream().map(command -> command.getSimpleName() + " (POST "
                            + CooperationCommand.path(command, item.cooperationId()) + ")").toList());
        }).toList());
        String template = "reminder-" + language.name().toLowerCase(java.util.Locale.ROOT);
        String rendered = templates.process(template, context);
        int newline = rendered.indexOf('\n');
        return new Text(rendered.substring(0, newline).strip(), rendered.substring(newline + 1).strip() + "\n");
    }

    /** Where the frontend shows a cooperation. */
    String link(String cooperationId) {
        return frontendBaseUrl + "/cooperations/" + cooperationId;
    }

    /** The daily digest of {@code messages} (already in the contact's language) for one recipient. */
    Text digest(Language language, LocalDate day, List<String> subjects, List<String> bodies) {
        Context context = new Context(language.locale());
        context.setVariable("day", DateTimeFormatter.ofPattern("d MMMM yyyy", language.locale()).format(day));
        context.setVariable("subjects", subjects);
        context.setVariable("bodies", bodies);
        String rendered = templates.process("digest-" + language.name().toLowerCase(java.util.Locale.ROOT), context);
        int newline = rendered.indexOf('\n');
        return new Text(rendered.substring(0, newline).strip(), rendered.substring(newline + 1).strip() + "\n");
    }

    private static TemplateEngine templates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("notifications/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
