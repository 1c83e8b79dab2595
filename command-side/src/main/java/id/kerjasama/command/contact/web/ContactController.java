package id.kerjasama.command.contact.web;

import id.kerjasama.command.cooperation.CommandOutcome;
import id.kerjasama.command.cooperation.CooperationCommands;
import id.kerjasama.command.cooperation.web.CommandBody;
import id.kerjasama.contact.command.DirectoryCommand;
import id.kerjasama.contact.command.RecordContact;
import id.kerjasama.contact.command.RemoveContact;
import id.kerjasama.contact.command.RegisterWebhook;
import id.kerjasama.contact.command.RemoveWebhook;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.function.LongFunction;

/**
 * The directories the reminders go to (contacts, and webhooks of other systems), kept by each region's secretariat: one per region, named in the body
 * (a secretariat keeps only its own region's). The query side lists them and the messages sent to them.
 */
@RestController
@RequestMapping("/api/contacts")
@Tag(name = "Contact directory")
public class ContactController {

    private final CooperationCommands commands;

    ContactController(CooperationCommands commands) {
        this.commands = commands;
    }

    /** The answer to an accepted change of a directory: the region, the contact and the directory's new version. */
    public record ContactAccepted(String region, String contactId, long version) {
    }

    @PostMapping
    @Operation(summary = "Record a person in the region's contact directory, or replace what it holds of them")
    public ResponseEntity<ContactAccepted> recordContact(@CommandBody RecordContact command) {
        return send(command, version -> new ContactAccepted(command.region().value(), command.contactId().value(), version));
    }

    @PostMapping("/webhooks")
    @Operation(summary = "Register a system that receives the region's reminders as signed JSON posts, or replace it")
    public ResponseEntity<WebhookAccepted> registerWebhook(@CommandBody RegisterWebhook command) {
        return send(command, version -> new WebhookAccepted(command.region().value(), command.webhookId().value(), version));
    }

    @PostMapping("/webhooks/remove")
    @Operation(summary = "Remove a webhook from the region's directory: nothing further is posted to it")
    public ResponseEntity<WebhookAccepted> removeWebhook(@CommandBody RemoveWebhook command) {
        return send(command, version -> new WebhookAccepted(command.region().value(), command.webhookId().value(), version));
    }

    /** Sends the command; the answer carries the directory's new version, also as {@code ETag}. */
    private <A> ResponseEntity<A> send(DirectoryCommand command, LongFunction<A> answer) {
        CommandOutcome outcome = commands.send(command, null);
        return ResponseEntity.ok().eTag(Long.toString(outcome.version())).body(answer.apply(outcome.version()));
    }

    /** The answer to an accepted change of a webhook: the region, the webhook and the directory's new version. */
    public record WebhookAccepted(String region, String webhookId, long version) {
    }

    @PostMapping("/remove")
    @Operation(summary = "Remove a person from the region's contact directory: no further reminders reach them")
    public ResponseEntity<ContactAccepted> removeContact(@CommandBody RemoveContact command) {
        return send(command, version -> new ContactAccepted(command.region().value(), command.contactId().value(), version));
    }
}
