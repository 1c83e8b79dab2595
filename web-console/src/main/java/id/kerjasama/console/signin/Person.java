package id.kerjasama.console.signin;

import java.io.Serializable;

/**
 * Who is signed in, as the token the APIs trust names him or her: the name, the role and the region the person acts
 * for. Kept in the session (hence serializable), with the token the console sends on the person's behalf.
 */
public record Person(String userName, String name, String role, String region, String token) implements Serializable {

    @Override
    public String toString() {
        // never the token, which a log line must not carry
        return userName + " (" + role + ", " + region + ")";
    }
}
