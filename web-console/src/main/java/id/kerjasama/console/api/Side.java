package id.kerjasama.console.api;

/** The two APIs the console is a client of. */
public enum Side {
    /** Decides: takes commands (port 8081). */
    COMMAND,
    /** Answers: registry, detail, history, reports, public register (port 8082). */
    QUERY
}
