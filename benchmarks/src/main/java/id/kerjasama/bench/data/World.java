package id.kerjasama.bench.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/** Regions of the Ministry's list, and realistic names, topics and partners drawn from them. */
public final class World {
    public final List<Region> regions = new ArrayList<>();

    static final String[][] TOPICS = {
            {"HEALTH", "peningkatan mutu layanan kesehatan"}, {"HEALTH", "rujukan pasien dan layanan kesehatan ibu dan anak"},
            {"EDUCATION", "peningkatan mutu pendidikan dasar"}, {"EDUCATION", "beasiswa dan pengembangan tenaga pendidik"},
            {"PUBLIC_WORKS_AND_SPATIAL_PLANNING", "pembangunan jalan penghubung antarwilayah"},
            {"PUBLIC_WORKS_AND_SPATIAL_PLANNING", "penyediaan air minum regional"},
            {"ENVIRONMENT", "pengelolaan sampah regional"}, {"TOURISM", "pengembangan destinasi pariwisata"},
            {"AGRICULTURE", "peningkatan produksi dan pemasaran hasil pertanian"},
            {"MARINE_AND_FISHERIES", "pengelolaan perikanan tangkap"}, {"TRANSPORT", "angkutan umum antarwilayah"},
            {"COMMUNICATION_AND_INFORMATICS", "pengembangan sistem pemerintahan berbasis elektronik"},
            {"INVESTMENT", "promosi dan fasilitasi investasi daerah"},
            {"COOPERATIVES_AND_SMALL_BUSINESS", "pemberdayaan koperasi dan UMKM"},
            {"CIVIL_REGISTRATION", "pelayanan administrasi kependudukan"}, {"SOCIAL_AFFAIRS", "penanganan kemiskinan"},
            {"LABOUR", "pelatihan vokasi dan penempatan tenaga kerja"}, {"FOOD", "ketahanan pangan daerah"},
            {"ENERGY_AND_MINERAL_RESOURCES", "pemanfaatan energi terbarukan"}, {"CULTURE", "pelestarian cagar budaya"},
    };
    static final String[] FIRST = {"Budi", "Siti", "Agus", "Dewi", "Rahmat", "Sri", "Andi", "Nur", "Hendra", "Ratna",
            "Yusuf", "Fitri", "Bambang", "Wahyu", "Indah", "Teguh", "Ayu", "Made", "Ketut", "Putu", "Rizky", "Anisa",
            "Joko", "Lestari", "Darmawan", "Yohanes", "Maria", "Abdul", "Hasanah", "Ferdinand"};
    static final String[] LAST = {"Santoso", "Wijaya", "Hidayat", "Saputra", "Lestari", "Siregar", "Nasution", "Harahap",
            "Simanjuntak", "Pratama", "Kurniawan", "Rahayu", "Setiawan", "Gunawan", "Sihombing", "Tanjung", "Lubis",
            "Manurung", "Daulay", "Utomo", "Wibowo", "Susanto", "Pangaribuan", "Mahendra", "Syahputra", "Rangkuti"};
    static final String[] WORDS = {"Sinar", "Abadi", "Nusantara", "Mitra", "Karya", "Sejahtera", "Mandiri", "Jaya",
            "Bumi", "Cahaya", "Prima", "Sentosa", "Makmur", "Utama", "Agung", "Samudra", "Indah", "Persada", "Lestari",
            "Harapan", "Bersama", "Maju", "Gemilang", "Perkasa", "Kencana", "Mulia", "Raya", "Citra", "Borneo", "Andalas"};
    static final String[] CENTRAL = {"Kementerian Kesehatan", "Kementerian Pendidikan Dasar dan Menengah",
            "Kementerian Pariwisata", "Kementerian Desa dan Pembangunan Daerah Tertinggal", "Kementerian Pertanian",
            "Kementerian Kelautan dan Perikanan", "Badan Pusat Statistik", "Badan Riset dan Inovasi Nasional"};

    public World(Path regencies) throws IOException {
        List<String> lines = Files.readAllLines(regencies);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", 3);
            if (f.length == 3) {
                regions.add(new Region(f[0].strip(), f[1].strip(), f[2].strip().replace("\"", "")));
            }
        }
    }

    /** A stream seed for item {@code index} of the stream {@code seed}: distinct pairs give unrelated streams. */
    public static long mix(long seed, long index) {
        return new SplittableRandom(seed).nextLong() ^ (index * 0x9E3779B97F4A7C15L) ^ 0x632BE59BD9B4E019L;
    }

    public static String uuid(SplittableRandom r) {
        long hi = (r.nextLong() & ~0xF000L) | 0x4000L;
        long lo = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(hi, lo).toString();
    }

    public static <T> T pick(SplittableRandom r, T[] items) {
        return items[r.nextInt(items.length)];
    }

    public String person(SplittableRandom r) {
        return pick(r, FIRST) + " " + pick(r, LAST);
    }

    /** The index-th cooperation of a stream (client, counter): its type drawn from a realistic mix. */
    public Spec spec(long seed, int index) {
        SplittableRandom r = new SplittableRandom(mix(seed, index));
        int draw = r.nextInt(100);
        CooperationType type = draw < 50 ? CooperationType.KSDPK : draw < 75 ? CooperationType.KSDD_VOLUNTARY : CooperationType.SYNERGY;
        Spec spec = spec(r, type, index);
        spec.seed = seed * 31 + index;
        int v = r.nextInt(100);
        spec.variant = v < 8 ? Variant.WITHDRAW : v < 13 ? Variant.REJECT
                : type == CooperationType.KSDD_VOLUNTARY && v < 45 ? Variant.DPRD : Variant.NORMAL;
        return spec;
    }

    public Spec spec(SplittableRandom r, CooperationType type, int index) {
        Spec s = new Spec();
        s.shape = type.name();
        s.id = uuid(r);
        s.type = type;
        s.region = regions.get(r.nextInt(regions.size()));
        String[] topic = TOPICS[r.nextInt(TOPICS.length)];
        s.topic = topic[1];
        s.affairs = List.of(topic[0]);
        String city = s.region.place();
        switch (type) {
            case KSDD_VOLUNTARY -> {
                Region partner;
                do {
                    partner = regions.get(r.nextInt(regions.size()));
                } while (partner.code().equals(s.region.code()));
                s.partnerRegion = partner;
                s.partnerKind = "REGION";
                s.partnerName = "Pemerintah " + partner.name();
            }
            case SYNERGY -> {
                s.partnerKind = r.nextInt(3) == 0 ? "CENTRAL_GOVERNMENT" : "VERTICAL_AGENCY";
                s.partnerParent = pick(r, CENTRAL);
                s.partnerName = s.partnerKind.equals("CENTRAL_GOVERNMENT") ? s.partnerParent
                        : pick(r, new String[]{"Politeknik Kesehatan Kemenkes ", "Balai Besar Wilayah Sungai ",
                        "Badan Pusat Statistik ", "Balai Pelatihan Vokasi ", "Kantor Pertanahan "}) + city;
                if (s.partnerKind.equals("CENTRAL_GOVERNMENT")) {
                    s.partnerParent = null;
                }
            }
            default -> {
                int k = r.nextInt(10);
                if (k < 5) {
                    s.partnerKind = "BUSINESS";
                    s.partnerName = "PT " + pick(r, WORDS) + " " + pick(r, WORDS) + (r.nextBoolean() ? " Tbk" : "");
                } else if (k < 7) {
                    s.partnerKind = "PRIVATE_UNIVERSITY";
                    s.partnerName = pick(r, new String[]{"Universitas Muhammadiyah ", "Universitas Islam ",
                            "Universitas Kristen ", "Institut Teknologi ", "Sekolah Tinggi Ilmu Kesehatan "}) + city;
                } else if (k < 9) {
                    s.partnerKind = "FOUNDATION";
                    s.partnerName = "Yayasan " + pick(r, new String[]{"Pendidikan", "Kesehatan", "Peduli", "Cinta"}) + " " + pick(r, WORDS);
                } else {
                    s.partnerKind = "CIVIL_SOCIETY_ORGANISATION";
                    s.partnerName = "Perkumpulan " + pick(r, WORDS) + " " + pick(r, WORDS);
                }
            }
        }
        s.unit = pick(r, new String[]{"Dinas Kesehatan", "Dinas Pendidikan", "Dinas Pekerjaan Umum", "Bappeda",
                "Dinas Pariwisata", "Dinas Lingkungan Hidup", "Dinas Komunikasi dan Informatika", "RSUD"}) + " " + s.region.name();
        s.title = "Kerja sama " + s.topic + " antara Pemerintah " + s.region.name() + " dan " + s.partnerName;
        s.objective = "Meningkatkan " + s.topic + " di " + s.region.name() + " melalui kerja sama dengan " + s.partnerName;
        s.headName = person(r);
        s.officerName = person(r);
        s.actorPrefix = "r" + s.region.code().replace(".", "");
        return s;
    }
}
