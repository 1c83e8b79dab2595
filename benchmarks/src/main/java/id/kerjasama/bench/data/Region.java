package id.kerjasama.bench.data;

public record Region(String code, String province, String name) {
    String place() {
        return name.replaceFirst("^(Kabupaten|Kota) ", "");
    }
}
