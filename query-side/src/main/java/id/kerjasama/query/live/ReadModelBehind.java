package id.kerjasama.query.live;

/** The read model did not reach the version a client waited for within the allowed time. */
public class ReadModelBehind extends RuntimeException {

    private final long current;
    private final long wanted;

    public ReadModelBehind(long current, long wanted) {
        super("The read model is at version " + current + " and did not reach " + wanted + " in time; retry shortly");
        this.current = current;
        this.wanted = wanted;
    }

    public long current() {
        return current;
    }

    public long wanted() {
        return wanted;
    }
}
