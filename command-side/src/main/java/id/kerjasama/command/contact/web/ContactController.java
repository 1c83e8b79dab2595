package id.kerjasama.command.contact.web;

import id.kerjasama.command.cooperation.CommandOutcome;
import id.kerjasama.command.cooperation.CooperationCommands;
import id.kerjasama.command.cooperation.web.CommandBody;
import id.kerjasama.contact.command.RecordContact;
import id.kerjasama.contact.command.RemoveContact;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The contact directories the reminders go to, kept by each region's secretariat: one per region, named in the body
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
        CommandOutcome outcome = commands.send(command, null);
        return ResponseEntity.ok().eTag(Long.toString(outcome.version()))
                .body(new ContactAccepted(command.region().value(), command.contactId().value(), outcome.version()));
    }

    @PostMapping("/remove")
    @Operation(summary = "Remove a person from the region's contact directory: no further reminders reach them")
    public ResponseEntity<ContactAccepted> removeContact(@CommandBody RemoveContact command) {
        CommandOutcome outcome = commands.send(command, null);
        return ResponseEntity.ok().eTag(Long.toString(outcome.version()))
                .body(new ContactAccepted(command.region().value(), command.contactId().value(), outcome.version()));
    }
}
