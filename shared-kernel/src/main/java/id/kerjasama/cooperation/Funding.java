package id.kerjasama.cooperation;

import id.kerjasama.validation.Require;

import java.util.Set;

/**
 * How a document is funded. {@code inCurrentBudget} says whether the region's share is already in this year's
 * APBD: when it is not, the DPRD must approve (PP 28/2018).
 */
public record Funding(Set<FundingSource> sources, boolean inCurrentBudget, String note) {

    public Funding {
        sources = Require.nonEmpty(sources, "sources");
        note = Require.optionalText(note, "note");
    }
}
