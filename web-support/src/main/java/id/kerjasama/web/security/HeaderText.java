package id.kerjasama.web.security;

/**
 * What Spring Security's firewall allows in header names and values, by default with a regular expression per
 * header read: characters that are assigned and not control characters, and in values also the tab. The same rule
 * as a loop over the code points, because matching that expression against a bearer token of a thousand characters,
 * each time the header was read, cost about a twentieth of a command's CPU.
 */
final class HeaderText {

    private HeaderText() {
    }

    /** As {@code [\p{IsAssigned}&&[^\p{IsControl}]]*}. */
    static boolean allowedName(String name) {
        return assignedAndNotControl(name, false);
    }

    /** As {@code [\p{IsAssigned}&&[[^\p{IsControl}]||\t]]*}. */
    static boolean allowedValue(String value) {
        return assignedAndNotControl(value, true);
    }

    private static boolean assignedAndNotControl(String text, boolean tab) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int type = Character.getType(c);
            if (type == Character.UNASSIGNED || type == Character.CONTROL && !(tab && c == '\t')) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }
}
