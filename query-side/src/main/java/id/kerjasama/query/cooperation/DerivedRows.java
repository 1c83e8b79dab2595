package id.kerjasama.query.cooperation;

import java.util.List;

/**
 * Rows that another feature derives from the cooperation read model and keeps in a table of its own (the work
 * queues' items): the cooperation projection writes them with the cooperation, in the same batches and
 * transaction, and only when they changed.
 *
 * @param <R> what the table holds of one cooperation, compared with {@code equals}
 */
public interface DerivedRows<R> {

    /** What the table holds of a cooperation with this detail (of an empty detail: nothing). */
    R of(CooperationDetail detail);

    /** Replaces the rows of these cooperations, whose rows changed, with a few JDBC batches however many there are. */
    void replace(List<Change<R>> changes);

    /** Empties the table, before a rebuild replays the event store into the read models. */
    void deleteAll();

    /** A cooperation whose rows changed: what the table holds of it, and what it is to hold. */
    record Change<R>(CooperationDetail detail, R stored, R now) {
    }
}
