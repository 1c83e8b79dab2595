package id.kerjasama.cooperation;

import id.kerjasama.validation.Labelled;

/**
 * The parts of a cooperation's entry in the public register that an exemption may withhold, apart from whole
 * documents. What identifies the entry (its id, type, region, stage, the signing date and the end of its term) is never
 * withheld: without it the public could not even ask about the agreement. A field of the signed documents is withheld
 * on every one of them.
 */
public enum PublicEntryField implements Labelled {
    /** The cooperation's title and each signed document's title. */
    TITLE,
    PARTNER_NAME,
    AFFAIRS,
    OBJECTIVE,
    /** Each signed document's number. */
    DOCUMENT_NUMBER,
    /** Each signed document's scope (ruang lingkup). */
    SCOPE,
    /** Each signed document's sources of funding. */
    FUNDING,
    /** Each signed document's signatories. */
    SIGNATORIES,
    /** Where each document was signed. */
    SIGNED_AT
}
