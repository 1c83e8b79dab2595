package id.kerjasama.bench.store;

import id.kerjasama.bench.data.Marker;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A text cut at its markers and UUIDs: literal[0] slot[0] literal[1] ... literal[n]. */
public record Cut(String[] literals, int[] slots) {
    static final Pattern UUIDS = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    static final Pattern SLOTS = Pattern.compile(Arrays.stream(Marker.values()).map(m -> Pattern.quote(m.text))
            .reduce((a, b) -> a + "|" + b).orElseThrow() + "|" + UUIDS.pattern());

    /** Slots 0..markers-1 are markers; from there on, the n-th distinct UUID of the template. */
    public static Cut of(String text, Map<String, Integer> uuids) {
        List<String> literals = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        Matcher m = SLOTS.matcher(text);
        int at = 0;
        while (m.find()) {
            literals.add(text.substring(at, m.start()));
            String found = m.group();
            int slot = -1;
            for (Marker marker : Marker.values()) {
                if (marker.text.equals(found)) {
                    slot = marker.ordinal();
                }
            }
            if (slot < 0) {
                slot = Marker.values().length + uuids.computeIfAbsent(found, k -> uuids.size());
            }
            slots.add(slot);
            at = m.end();
        }
        literals.add(text.substring(at));
        return new Cut(literals.toArray(String[]::new), slots.stream().mapToInt(Integer::intValue).toArray());
    }

    byte[] fill(String[] values) {
        StringBuilder out = new StringBuilder(literals[0].length() * 2);
        for (int i = 0; i < slots.length; i++) {
            out.append(literals[i]).append(values[slots[i]]);
        }
        return out.append(literals[slots.length]).toString().getBytes(StandardCharsets.UTF_8);
    }
}
