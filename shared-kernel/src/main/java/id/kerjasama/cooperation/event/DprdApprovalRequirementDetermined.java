package id.kerjasama.cooperation.event;

import id.kerjasama.cooperation.CooperationId;
import org.axonframework.serialization.Revision;

/** Whether the DPRD must approve was decided, and on what grounds. */
@Revision("1")
public record DprdApprovalRequirementDetermined(CooperationId cooperationId,
                                                boolean burdensPublicAndRegion,
                                                boolean fundedInCurrentBudget,
                                                boolean required,
                                                String rationale) implements CooperationEvent {
}
