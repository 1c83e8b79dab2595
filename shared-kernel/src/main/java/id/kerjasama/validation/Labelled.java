package id.kerjasama.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * An enum value as users know it: the Indonesian term of the regulation and an English label. Both come from
 * one table, {@code id/kerjasama/labels.properties} ({@code Type.VALUE=term|label}), so every enum of the
 * published language is translated in one place and a missing entry fails the kernel's tests.
 */
public interface Labelled {

    String name();

    default String term() {
        return Table.entry(this)[0];
    }

    default String label() {
        return Table.entry(this)[1];
    }

    final class Table {

        private static final Properties LABELS = load();

        private Table() {
        }

        static String[] entry(Labelled value) {
            String key = ((Enum<?>) value).getDeclaringClass().getSimpleName() + "." + value.name();
            String entry = LABELS.getProperty(key);
            if (entry == null || entry.indexOf('|') < 0) {
                throw new IllegalStateException("No term|label for " + key + " in labels.properties");
            }
            return entry.split("\\|", 2);
        }

        private static Properties load() {
            Properties properties = new Properties();
            try (InputStream in = Labelled.class.getResourceAsStream("/id/kerjasama/labels.properties")) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return properties;
        }
    }
}
