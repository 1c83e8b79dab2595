package id.kerjasama.command.cooperation.policy;

import id.kerjasama.cooperation.DocumentId;
import id.kerjasama.cooperation.DocumentKind;
import id.kerjasama.cooperation.Person;
import id.kerjasama.cooperation.PowerOfAttorneyId;
import id.kerjasama.cooperation.Signatory;
import id.kerjasama.cooperation.SigningCapacity;
import id.kerjasama.cooperation.SigningParty;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;

import static id.kerjasama.command.cooperation.Rule.SIGNATORIES_BOTH_PARTIES;
import static id.kerjasama.command.cooperation.Rule.SIGNING_AUTHORITY;

/**
 * Who may sign for the region (Permendagri 22/2020): the regional head or an acting head (Pj, Plt) signs offers,
 * KB, NK and Rencana Kerja; a PKS may also be signed by an official holding a power of attorney that covers it
 * and is valid on the signing date. Both sides sign every document.
 */
@Decides({SIGNING_AUTHORITY, SIGNATORIES_BOTH_PARTIES})
public final class SigningAuthorityPolicy {

    private SigningAuthorityPolicy() {
    }

    /** The region's signature on an offer letter or a power of attorney: the head or an acting head only. */
    public static Verdict regionalHead(Signatory signatory, String what) {
        return Verdict.when(signatory.party() != SigningParty.REGION || !isHead(signatory.capacity()), SIGNING_AUTHORITY,
                what + " is signed for the region by the regional head or an acting head, not by "
                        + signatory.name() + " as " + signatory.capacity());
    }

    /**
     * @param signingAs  the kind whose rules apply (for an adendum, the kind of the document it amends)
     * @param mandate    checks a power of attorney for a signatory on the signing day
     */
    public static Verdict document(DocumentKind signingAs, List<Signatory> signatories, LocalDate signedOn,
                                   BiFunction<Signatory, LocalDate, Verdict> mandate) {
        boolean regionSigns = signatories.stream().anyMatch(s -> s.party() == SigningParty.REGION);
        boolean partnerSigns = signatories.stream().anyMatch(s -> s.party() == SigningParty.PARTNER);
        Verdict verdict = Verdict.when(!regionSigns || !partnerSigns, SIGNATORIES_BOTH_PARTIES,
                "signatories must include the region and the partner");
        for (Signatory signatory : signatories) {
            if (signatory.party() == SigningParty.REGION) {
                verdict = verdict.and(regionSignatory(signingAs, signatory, signedOn, mandate));
            }
        }
        return verdict;
    }

    /**
     * Whether a power of attorney lets {@code signatory} sign {@code documentId} on {@code day}: not revoked by then,
     * valid that day, covering that document (or every PKS of the cooperation), and granted to that person.
     *
     * @param coversDocumentId the one document it covers, or null for every PKS
     * @param revokedOn        the day it was revoked, or null
     */
    public static Verdict powerOfAttorney(PowerOfAttorneyId powerOfAttorneyId, Person grantee, DocumentId coversDocumentId,
                                          LocalDate validFrom, LocalDate validUntil, LocalDate revokedOn,
                                          Signatory signatory, DocumentId documentId, LocalDate day) {
        String id = "power of attorney " + powerOfAttorneyId;
        if (revokedOn != null && !day.isBefore(revokedOn)) {
            return Verdict.refused(SIGNING_AUTHORITY, id + " was revoked on " + revokedOn);
        }
        if (day.isBefore(validFrom) || day.isAfter(validUntil)) {
            return Verdict.refused(SIGNING_AUTHORITY, id + " is valid from " + validFrom + " to " + validUntil + ", not on " + day);
        }
        if (coversDocumentId != null && !coversDocumentId.equals(documentId)) {
            return Verdict.refused(SIGNING_AUTHORITY, id + " covers document " + coversDocumentId + " only");
        }
        return Verdict.when(!grantee.name().equalsIgnoreCase(signatory.name()), SIGNING_AUTHORITY,
                id + " was granted to " + grantee.name() + ", not to " + signatory.name());
    }

    /** The mandate of an imported KB or NK: no power of attorney is ever part of an import. */
    public static Verdict noPowerOfAttorney(DocumentKind kind) {
        return Verdict.refused(SIGNING_AUTHORITY, "a " + kind + " is not signed under a power of attorney");
    }

    private static Verdict regionSignatory(DocumentKind signingAs, Signatory signatory, LocalDate signedOn,
                                           BiFunction<Signatory, LocalDate, Verdict> mandate) {
        if (isHead(signatory.capacity())) {
            return Verdict.allowed();
        }
        if (signingAs != DocumentKind.PKS) {
            return Verdict.refused(SIGNING_AUTHORITY, signingAs + " is signed for the region by the regional head or an acting head, not by "
                    + signatory.name() + " as " + signatory.capacity());
        }
        return mandate.apply(signatory, signedOn);
    }

    private static boolean isHead(SigningCapacity capacity) {
        return capacity == SigningCapacity.REGIONAL_HEAD || capacity == SigningCapacity.ACTING_REGIONAL_HEAD;
    }
}
