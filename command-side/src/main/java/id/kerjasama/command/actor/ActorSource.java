package id.kerjasama.command.actor;

/**
 * Tells who is behind the current request. The only implementation today reads request headers; the
 * authentication issue replaces it with one that reads a validated token, and nothing else changes.
 */
public interface ActorSource {

    /** @throws id.kerjasama.validation.InvalidValueException when the request does not identify its actor properly */
    Actor current();
}
