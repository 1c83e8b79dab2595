package id.kerjasama;

import id.kerjasama.validation.Labelled;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The published language's classes as compiled, for tests that hold every one of a kind to a rule. */
public final class KernelClasses {

    private KernelClasses() {
    }

    /** Every class of the kernel that {@code matches}. */
    public static List<Class<?>> matching(Predicate<Class<?>> matches) {
        try {
            Path classes = Path.of(Labelled.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<Path> files = Files.walk(classes)) {
                return files.filter(file -> file.toString().endsWith(".class"))
                        .map(file -> classes.relativize(file).toString().replace('/', '.').replace(".class", ""))
                        .<Class<?>>map(KernelClasses::load)
                        .filter(matches)
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
