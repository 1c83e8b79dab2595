package id.kerjasama.cooperation;

import id.kerjasama.validation.Labelled;

/** How serious an inspector judges an audit finding. */
public enum FindingSeverity implements Labelled {
    LOW, MEDIUM, HIGH
}
