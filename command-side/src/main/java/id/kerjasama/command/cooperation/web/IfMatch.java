package id.kerjasama.command.cooperation.web;

import id.kerjasama.validation.InvalidValueException;

/** Reads the version a client expects from {@code If-Match}: {@code 7} or the ETag form {@code "7"}. */
final class IfMatch {

    private IfMatch() {
    }

    static Long version(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            long version = Long.parseLong(value);
            if (version < 0) {
                throw new NumberFormatException();
            }
            return version;
        } catch (NumberFormatException e) {
            throw new InvalidValueException("If-Match", "VERSION", "If-Match must be a version number such as \"3\"");
        }
    }
}
