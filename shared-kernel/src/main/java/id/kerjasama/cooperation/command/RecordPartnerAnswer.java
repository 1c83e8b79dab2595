package id.kerjasama.cooperation.command;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.DocumentReference;
import id.kerjasama.cooperation.PartnerAnswer;
import id.kerjasama.validation.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Records whether the partner accepted or declined the offer. */
public record RecordPartnerAnswer(@TargetAggregateIdentifier CooperationId cooperationId,
                                  PartnerAnswer answer,
                                  @HappenedOn LocalDate answeredOn,
                                  DocumentReference letter) implements CooperationCommand {

    public RecordPartnerAnswer {
        Require.present(cooperationId, "cooperationId");
        Require.present(answer, "answer");
        Require.present(answeredOn, "answeredOn");
    }
}
