package id.kerjasama.cooperation;

import id.kerjasama.validation.Require;

import java.util.List;

/** The rights and obligations one side takes on in a document. */
public record PartyCommitments(SigningParty party, List<String> rights, List<String> obligations) {

    public PartyCommitments {
        Require.present(party, "party");
        rights = Require.list(rights, "rights");
        obligations = Require.list(obligations, "obligations");
    }
}
