package id.kerjasama.bench.harness;

/** Who sends a request: a person with a role, acting for a region ("ID" for a national inspector or operator). */
public record Actor(String id, String role, String region) {
    public static final Actor OPERATOR = new Actor("bench-operator", "OPERATOR", "ID");
    public static final Actor NATIONAL_INSPECTOR = new Actor("bench-inspector", "INSPECTOR", "ID");
}
