package id.kerjasama.command.cooperation;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import id.kerjasama.command.cooperation.policy.ExemptionActivePolicy;
import id.kerjasama.cooperation.ExemptionId;
import id.kerjasama.cooperation.command.LiftPublicationExemption;
import id.kerjasama.cooperation.event.PublicationExemptionLifted;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;

import java.time.Clock;
import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An exemption from the public register the PPID recorded: it withholds until its last day, or until it is lifted.
 * Its end by date needs no event: the public register compares the last day with the day it is read.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class PublicationExemption {

    @EntityId
    private ExemptionId exemptionId;
    private LocalDate until;
    private boolean lifted;

    PublicationExemption() {
        // for snapshots
    }

    PublicationExemption(ExemptionId exemptionId, LocalDate until) {
        this.exemptionId = exemptionId;
        this.until = until;
    }

    @CommandHandler
    void handle(LiftPublicationExemption command, Clock clock, CooperationCourse course) {
        course.inStage(command).and(ExemptionActivePolicy.check(lifted, until, LocalDate.now(clock), exemptionId))
                .orThrow();
        apply(new PublicationExemptionLifted(command.cooperationId(), exemptionId, command.reason()));
    }

    @EventSourcingHandler
    void on(PublicationExemptionLifted event) {
        lifted = true;
    }
}
