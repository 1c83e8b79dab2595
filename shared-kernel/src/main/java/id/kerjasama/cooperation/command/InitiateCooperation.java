package id.kerjasama.cooperation.command;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.CooperationType;
import id.kerjasama.cooperation.GovernmentAffair;
import id.kerjasama.cooperation.Initiator;
import id.kerjasama.cooperation.Partner;
import id.kerjasama.region.RegionCode;
import id.kerjasama.validation.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Set;

/** Opens a new cooperation in preparation, by a regional unit or on a partner's offer. */
public record InitiateCooperation(@TargetAggregateIdentifier CooperationId cooperationId,
                                  CooperationType type,
                                  String title,
                                  String reportedLabel,
                                  RegionCode initiatingRegion,
                                  String initiatingUnit,
                                  Initiator initiator,
                                  Partner partner,
                                  Set<GovernmentAffair> affairs,
                                  String objective) {

    public InitiateCooperation {
        cooperationId = cooperationId == null ? CooperationId.generate() : cooperationId;
        Require.present(type, "type");
        title = Require.text(title, "title");
        reportedLabel = Require.optionalText(reportedLabel, "reportedLabel");
        Require.present(initiatingRegion, "initiatingRegion");
        initiatingUnit = Require.text(initiatingUnit, "initiatingUnit");
        Require.present(initiator, "initiator");
        Require.present(partner, "partner");
        affairs = Require.nonEmpty(affairs, "affairs");
        objective = Require.text(objective, "objective");
    }
}
