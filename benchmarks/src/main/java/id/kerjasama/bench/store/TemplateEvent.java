package id.kerjasama.bench.store;

public record TemplateEvent(String type, String payloadType, String payloadRevision, Cut payload, Cut metaData) {
}
