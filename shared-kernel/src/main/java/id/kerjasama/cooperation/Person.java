package id.kerjasama.cooperation;

import id.kerjasama.validation.Require;

/** A named person in a position, e.g. the liaison officer or the grantee of a power of attorney. */
public record Person(String name, String position) {

    public Person {
        name = Require.text(name, "name");
        position = Require.text(position, "position");
    }
}
