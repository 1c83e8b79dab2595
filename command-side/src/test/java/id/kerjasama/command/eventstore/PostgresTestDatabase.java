package id.kerjasama.command.eventstore;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fresh PostgreSQL database per test class on the server named by {@code kerjasama.test.postgres.url} (system
 * property) or {@code KERJASAMA_TEST_POSTGRES_URL}, e.g. {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}.
 * Without one, the PostgreSQL tests are skipped; CI always sets it and fails if they were skipped.
 */
public final class PostgresTestDatabase {

    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(.*)");

    private PostgresTestDatabase() {
    }

    /** For {@code @EnabledIf}: whether a PostgreSQL server was named. */
    public static boolean configured() {
        String url = adminUrl();
        return url != null && !url.isBlank();
    }

    /** Creates an empty database and answers its JDBC URL. */
    public static String create(String prefix) {
        String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Matcher admin = URL.matcher(adminUrl());
        if (!admin.matches()) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + adminUrl());
        }
        try (Connection connection = DriverManager.getConnection(adminUrl())) {
            connection.createStatement().execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name, e);
        }
        return admin.group(1) + name + admin.group(3);
    }

    /**
     * An outage of the database of this URL, as the applications see one: it refuses new connections and ends the
     * ones it has ({@code down}), or takes connections again.
     */
    public static void outage(String url, boolean down) {
        Matcher database = URL.matcher(url);
        if (!database.matches()) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + url);
        }
        String name = database.group(2);
        try (Connection connection = DriverManager.getConnection(adminUrl())) {
            connection.createStatement().execute("ALTER DATABASE " + name + " ALLOW_CONNECTIONS " + !down);
            if (down) {
                connection.createStatement().execute(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot change the connections of " + name, e);
        }
    }

    private static String adminUrl() {
        String property = System.getProperty("kerjasama.test.postgres.url");
        return property != null && !property.isBlank() ? property : System.getenv("KERJASAMA_TEST_POSTGRES_URL");
    }
}
