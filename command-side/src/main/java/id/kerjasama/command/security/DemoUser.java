package id.kerjasama.command.security;

import id.kerjasama.actor.ActorRole;

import java.util.Arrays;
import java.util.Optional;

/**
 * The embedded default's demo users: every role in the two seed regions (Kota Pangkal Pinang 19.71 and Kabupaten
 * Lamandau 62.09), a provincial supervisor for Kalimantan Tengah (62), a national one, and an operator.
 */
public enum DemoUser {
    PANGKALPINANG_WALIKOTA("Pj Wali Kota Pangkalpinang", ActorRole.REGIONAL_HEAD, "19.71"),
    PANGKALPINANG_TKKSD("Sekda Kota Pangkalpinang (Ketua TKKSD)", ActorRole.TKKSD_MEMBER, "19.71"),
    PANGKALPINANG_SEKRETARIAT("Bagian Kerja Sama Kota Pangkalpinang", ActorRole.SECRETARIAT, "19.71"),
    PANGKALPINANG_OPD("Pejabat Penghubung Dinas Kesehatan Kota Pangkalpinang", ActorRole.UNIT_OFFICER, "19.71"),
    PANGKALPINANG_INSPEKTORAT("Inspektorat Kota Pangkalpinang", ActorRole.INSPECTOR, "19.71"),
    LAMANDAU_BUPATI("Bupati Lamandau", ActorRole.REGIONAL_HEAD, "62.09"),
    LAMANDAU_TKKSD("Sekda Kabupaten Lamandau (Ketua TKKSD)", ActorRole.TKKSD_MEMBER, "62.09"),
    LAMANDAU_SEKRETARIAT("Bagian Kerja Sama Kabupaten Lamandau", ActorRole.SECRETARIAT, "62.09"),
    LAMANDAU_OPD("Pejabat Penghubung RSUD Gusti Abdul Gani Lamandau", ActorRole.UNIT_OFFICER, "62.09"),
    LAMANDAU_INSPEKTORAT("Inspektorat Kabupaten Lamandau", ActorRole.INSPECTOR, "62.09"),
    KALTENG_PENGAWAS("Inspektorat Provinsi Kalimantan Tengah", ActorRole.INSPECTOR, "62"),
    KEMENDAGRI_PENGAWAS("Inspektorat Jenderal Kemendagri", ActorRole.INSPECTOR, "ID"),
    OPERATOR("Operator sistem", ActorRole.OPERATOR, "ID");

    private final String displayName;
    private final ActorRole role;
    private final String region;

    DemoUser(String displayName, ActorRole role, String region) {
        this.displayName = displayName;
        this.role = role;
        this.region = region;
    }

    /** The user name in URLs and as the token's subject, e.g. {@code lamandau-opd}. */
    public String userName() {
        return name().toLowerCase().replace('_', '-');
    }

    public String displayName() {
        return displayName;
    }

    public ActorRole role() {
        return role;
    }

    public String region() {
        return region;
    }

    public static Optional<DemoUser> named(String userName) {
        return Arrays.stream(values()).filter(user -> user.userName().equals(userName)).findFirst();
    }
}
