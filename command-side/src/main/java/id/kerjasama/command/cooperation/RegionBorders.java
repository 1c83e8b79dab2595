package id.kerjasama.command.cooperation;

import id.kerjasama.region.RegionCode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which regions border each other, for mandatory KSDD (PP 28/2018 art. 6). A regency or city always borders
 * its own province, which the codes tell. Other pairs come from {@code region-borders.csv} and from
 * {@code kerjasama.rules.additional-borders}: the Ministry publishes no adjacency list, so the shipped file is
 * partial and each region adds its own neighbours.
 */
public final class RegionBorders {

    private final Set<String> pairs;

    private RegionBorders(Set<String> pairs) {
        this.pairs = pairs;
    }

    public static RegionBorders shippedPlus(List<String> additional) {
        Set<String> pairs = new HashSet<>();
        Stream.concat(readShipped().stream(), additional.stream()).forEach(line -> {
            String[] codes = line.split("[-,]");
            if (codes.length != 2) {
                throw new IllegalArgumentException("A border is 'code-code', got '" + line + "'");
            }
            pairs.add(key(RegionCode.of(codes[0].strip()), RegionCode.of(codes[1].strip())));
        });
        return new RegionBorders(Set.copyOf(pairs));
    }

    public boolean border(RegionCode a, RegionCode b) {
        if (a.equals(b)) {
            return false;
        }
        boolean regionAndItsProvince = a.isProvince() != b.isProvince() && a.provinceCode().equals(b.provinceCode());
        return regionAndItsProvince || pairs.contains(key(a, b));
    }

    private static String key(RegionCode a, RegionCode b) {
        return a.value().compareTo(b.value()) < 0 ? a + "|" + b : b + "|" + a;
    }

    private static List<String> readShipped() {
        try (InputStream in = RegionBorders.class.getResourceAsStream("/region-borders.csv")) {
            if (in == null) {
                return List.of();
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
