package id.kerjasama.cooperation;

import id.kerjasama.validation.Labelled;

/** The three groups of government affairs of UU 23/2014, art. 11-12. */
public enum AffairCategory implements Labelled {
    MANDATORY_BASIC_SERVICE, MANDATORY_OTHER, OPTIONAL
}
