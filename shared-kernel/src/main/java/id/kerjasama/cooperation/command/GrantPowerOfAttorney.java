package id.kerjasama.cooperation.command;

import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.DocumentId;
import id.kerjasama.cooperation.DocumentReference;
import id.kerjasama.cooperation.Person;
import id.kerjasama.cooperation.PowerOfAttorneyId;
import id.kerjasama.cooperation.Signatory;
import id.kerjasama.validation.Require;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** The regional head empowers an official (e.g. a hospital director) to sign PKS, all of them or one. */
public record GrantPowerOfAttorney(@TargetAggregateIdentifier CooperationId cooperationId,
                                   PowerOfAttorneyId powerOfAttorneyId,
                                   Person grantee,
                                   String granteeUnit,
                                   Signatory grantor,
                                   DocumentId coversDocumentId,
                                   LocalDate validFrom,
                                   LocalDate validUntil,
                                   DocumentReference letter) implements CooperationCommand {

    public GrantPowerOfAttorney {
        Require.present(cooperationId, "cooperationId");
        powerOfAttorneyId = powerOfAttorneyId == null ? PowerOfAttorneyId.generate() : powerOfAttorneyId;
        Require.present(grantee, "grantee");
        granteeUnit = Require.text(granteeUnit, "granteeUnit");
        Require.present(grantor, "grantor");
        Require.present(validFrom, "validFrom");
        Require.present(validUntil, "validUntil");
        Require.present(letter, "letter");
        Require.notBefore(validUntil, validFrom, "validUntil", "validFrom");
    }
}
