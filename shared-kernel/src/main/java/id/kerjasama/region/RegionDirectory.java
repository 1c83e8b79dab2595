package id.kerjasama.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The 38 provinces and 514 regencies/cities, read once from {@code idn-area/} on the classpath (data from the
 * npm package idn-area-data, under the Open Database License: see {@code idn-area/SOURCE.md}).
 */
public final class RegionDirectory {

    private static final RegionDirectory STANDARD = load();

    private final Map<String, String> names;

    private RegionDirectory(Map<String, String> names) {
        this.names = names;
    }

    public static RegionDirectory standard() {
        return STANDARD;
    }

    public boolean contains(String code) {
        return names.containsKey(code);
    }

    public Optional<Region> find(RegionCode code) {
        String name = names.get(code.value());
        return Optional.ofNullable(name).map(n -> new Region(code, n, levelOf(code, n)));
    }

    public Region get(RegionCode code) {
        return find(code).orElseThrow();
    }

    public Collection<String> codes() {
        return names.keySet();
    }

    private static RegionLevel levelOf(RegionCode code, String name) {
        if (code.isProvince()) {
            return RegionLevel.PROVINCE;
        }
        return name.startsWith("Kota ") ? RegionLevel.CITY : RegionLevel.REGENCY;
    }

    private static RegionDirectory load() {
        Map<String, String> names = new LinkedHashMap<>();
        readCsv("idn-area/provinces.csv", columns -> names.put(columns[0], columns[1]));
        readCsv("idn-area/regencies.csv", columns -> names.put(columns[0], columns[2]));
        return new RegionDirectory(Map.copyOf(names));
    }

    private static void readCsv(String resource, Consumer<String[]> row) {
        try (InputStream in = RegionDirectory.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing reference data " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.lines().skip(1).filter(line -> !line.isBlank()).map(line -> line.split(",", -1)).forEach(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
