package id.kerjasama.cooperation.event;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.CooperationType;
import id.kerjasama.cooperation.GovernmentAffair;
import id.kerjasama.cooperation.Initiator;
import id.kerjasama.cooperation.Partner;
import id.kerjasama.region.RegionCode;
import org.axonframework.serialization.Revision;

import java.util.Set;

/** A cooperation was opened in preparation; a successor names the cooperation it extends. */
@Revision("1")
public record CooperationInitiated(CooperationId cooperationId,
                                   CooperationType type,
                                   String title,
                                   String reportedLabel,
                                   RegionCode initiatingRegion,
                                   String initiatingUnit,
                                   Initiator initiator,
                                   Partner partner,
                                   Set<GovernmentAffair> affairs,
                                   String objective,
                                   CooperationId predecessorId) implements CooperationEvent {
}
