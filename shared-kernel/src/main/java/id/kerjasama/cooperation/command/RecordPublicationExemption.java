package id.kerjasama.cooperation.command;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.DocumentId;
import id.kerjasama.cooperation.ExemptionGround;
import id.kerjasama.cooperation.ExemptionId;
import id.kerjasama.cooperation.PublicEntryField;
import id.kerjasama.validation.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Set;

/**
 * The secretariat, as the information officer (PPID), withholds part of a signed agreement from the public register
 * (UU 14/2008 art. 17 and 19): either one signed document or some fields of the public entry, never both at once, so
 * that each exemption states one thing withheld and the rest stays public. The PPID's decision letter (its number and
 * date) records the consequence test; the exemption holds until its last day, {@code until}, unless lifted before.
 */
public record RecordPublicationExemption(@TargetAggregateIdentifier CooperationId cooperationId,
                                         ExemptionId exemptionId,
                                         DocumentId documentId,
                                         Set<PublicEntryField> fields,
                                         ExemptionGround ground,
                                         String consequenceTest,
                                         String decisionNumber,
                                         @HappenedOn LocalDate decidedOn,
                                         LocalDate until) implements CooperationCommand {

    public RecordPublicationExemption {
        Require.present(cooperationId, "cooperationId");
        exemptionId = exemptionId == null ? ExemptionId.generate() : exemptionId;
        fields = fields == null ? Set.of() : Set.copyOf(fields);
        Require.that(documentId != null ^ !fields.isEmpty(), "fields", "DOCUMENT_OR_FIELDS",
                "an exemption withholds either a document (documentId) or fields of the public entry (fields), one of the two");
        Require.present(ground, "ground");
        consequenceTest = Require.text(consequenceTest, "consequenceTest");
        decisionNumber = Require.text(decisionNumber, "decisionNumber");
        Require.present(decidedOn, "decidedOn");
        Require.present(until, "until");
    }
}
