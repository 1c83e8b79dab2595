package id.kerjasama.command.actor;

/**
 * Tells who is behind the current request: the caller of the validated bearer token, and the free-text reason
 * of the optional {@code X-Reason} header.
 */
public interface ActorSource {

    Actor current();
}
