package id.kerjasama.contact.command;

import id.kerjasama.actor.ActorRole;
import id.kerjasama.contact.ContactId;
import id.kerjasama.contact.EmailAddress;
import id.kerjasama.contact.Language;
import id.kerjasama.contact.PhoneNumber;
import id.kerjasama.contact.ReminderKind;
import id.kerjasama.region.RegionCode;
import id.kerjasama.validation.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Set;

/**
 * Records a person in the contact directory of a region, or replaces what it held of them: who they are (name, role,
 * unit), where reminders reach them (e-mail; a phone number for a messaging gateway), the language they read
 * (Indonesian unless given), what they want to be reminded of (nothing chosen: everything their role answers) and
 * whether one daily digest replaces single messages. An inspector is reminded only of what they choose, within the
 * jurisdiction of the directory they are kept in (a province's directory covers its regions).
 */
public record RecordContact(@TargetAggregateIdentifier RegionCode region, ContactId contactId, String name,
                            ActorRole role, String unit, EmailAddress email, PhoneNumber phone, Language language,
                            Set<ReminderKind> receives, boolean dailyDigest) implements DirectoryCommand {

    public RecordContact {
        Require.present(region, "region");
        Require.present(contactId, "contactId");
        name = Require.plainText(Require.text(name, "name"), "name");
        Require.present(role, "role");
        Require.that(role != ActorRole.OPERATOR && role != ActorRole.SYSTEM, "role", "ONE_OF", "role must be one "
                + "that answers reminders: REGIONAL_HEAD, TKKSD_MEMBER, SECRETARIAT, UNIT_OFFICER or INSPECTOR");
        unit = Require.plainText(Require.optionalText(unit, "unit"), "unit");
        Require.that(role != ActorRole.UNIT_OFFICER || unit != null, "unit", Require.REQUIRED, "unit is required "
                + "for a UNIT_OFFICER: the unit whose cooperations they are reminded of");
        Require.present(email, "email");
        language = language == null ? Language.ID : language;
        receives = receives == null ? Set.of() : Set.copyOf(receives);
    }
}
