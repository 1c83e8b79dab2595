package id.kerjasama.bench.harness;

/** A command of a script: its endpoint (relative to the cooperation), sender and JSON body. */
public record Step(String name, String endpoint, Actor actor, String body) {
    public String path(String cooperationId) {
        return endpoint.startsWith("/") ? endpoint : "/api/cooperations/" + cooperationId + "/" + endpoint;
    }
}
