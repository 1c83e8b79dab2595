package id.kerjasama.command.cooperation;

/** What a handled command returns through the bus: its own result (if any) and the aggregate's new version. */
public record CommandOutcome(Object result, long version) {
}
