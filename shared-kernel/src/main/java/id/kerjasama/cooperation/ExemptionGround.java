package id.kerjasama.cooperation;

import id.kerjasama.validation.Labelled;

/**
 * Why information may be withheld from the public: the letters of UU 14/2008 art. 17. An exemption names one of them
 * and states its consequence test (art. 19) in words.
 */
public enum ExemptionGround implements Labelled {
    /** Art. 17 a: it would obstruct law enforcement. */
    LAW_ENFORCEMENT('a'),
    /** Art. 17 b: it would harm intellectual property or the protection from unfair competition. */
    INTELLECTUAL_PROPERTY_AND_COMPETITION('b'),
    /** Art. 17 c: it would endanger the state's defence and security. */
    DEFENCE_AND_SECURITY('c'),
    /** Art. 17 d: it would reveal Indonesia's natural riches. */
    NATURAL_RICHES('d'),
    /** Art. 17 e: it would harm the national economy. */
    NATIONAL_ECONOMY('e'),
    /** Art. 17 f: it would harm foreign relations. */
    FOREIGN_RELATIONS('f'),
    /** Art. 17 g: the contents of an authentic deed of a personal nature, a last will or testament. */
    PERSONAL_AUTHENTIC_DEED('g'),
    /** Art. 17 h: it would reveal a personal secret. */
    PERSONAL_SECRET('h'),
    /** Art. 17 i: a memorandum or letter between or within public bodies that is confidential by its nature. */
    AGENCY_MEMORANDUM('i'),
    /** Art. 17 j: information a law says must not be disclosed. */
    PROHIBITED_BY_LAW('j');

    private final char letter;

    ExemptionGround(char letter) {
        this.letter = letter;
    }

    /** Where the ground is in the law, as people cite it: "Pasal 17 huruf a UU 14/2008". */
    public String article() {
        return "Pasal 17 huruf " + letter + " UU 14/2008";
    }
}
