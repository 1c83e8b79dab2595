package id.kerjasama.bench.harness;

/** A read of the query side and who reads. */
public record Query(String path, Actor reader) {
}
