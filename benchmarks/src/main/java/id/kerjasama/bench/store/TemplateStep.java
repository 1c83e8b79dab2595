package id.kerjasama.bench.store;

/** A command of a template, cut at the same markers and UUIDs as its events. */
public record TemplateStep(String name, Cut path, String actorId, String role, Cut body) {
}
