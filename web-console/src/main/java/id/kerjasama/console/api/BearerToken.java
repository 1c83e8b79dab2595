package id.kerjasama.console.api;

import java.util.Optional;

/** The signed-in person's bearer token for the APIs, if someone is signed in. */
@FunctionalInterface
public interface BearerToken {

    Optional<String> current();
}
