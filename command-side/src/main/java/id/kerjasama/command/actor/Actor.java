package id.kerjasama.command.actor;

import id.kerjasama.actor.Caller;

/** Who sends a command (as their validated token says) and, optionally, why. */
public record Actor(Caller caller, String reason) {
}
