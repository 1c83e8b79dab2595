package id.kerjasama.cooperation;

import id.kerjasama.validation.Require;

import java.util.List;

/** What a drafted document says: the part that the TKKSD approves and the parties sign. */
public record AgreementContent(String title, List<String> scope, List<PartyCommitments> commitments, Term term,
                               Funding funding) {

    public AgreementContent {
        title = Require.text(title, "title");
        scope = Require.nonEmpty(scope, "scope");
        commitments = Require.list(commitments, "commitments");
        Require.present(term, "term");
        Require.present(funding, "funding");
    }
}
