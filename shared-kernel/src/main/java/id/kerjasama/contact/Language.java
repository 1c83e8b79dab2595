package id.kerjasama.contact;

import id.kerjasama.validation.Labelled;

import java.util.Locale;

/** The language a contact reads their reminders in; Indonesian unless they chose English. */
public enum Language implements Labelled {
    ID(Locale.forLanguageTag("id")), EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }
}
