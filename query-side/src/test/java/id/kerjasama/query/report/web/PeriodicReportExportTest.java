package id.kerjasama.query.report.web;

import id.kerjasama.cooperation.CooperationType;
import id.kerjasama.cooperation.Stage;
import id.kerjasama.query.cooperation.CooperationDetail.RegionView;
import id.kerjasama.query.report.InspectionReports.ComplianceFigures;
import id.kerjasama.query.report.InspectionReports.PeriodFigures;
import id.kerjasama.query.report.InspectionReports.PeriodicLine;
import id.kerjasama.query.report.InspectionReports.PeriodicReport;
import id.kerjasama.query.report.InspectionReports.SignatureBlock;
import id.kerjasama.query.report.InspectionReports.StageDays;
import id.kerjasama.region.RegionCode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodicReportExportTest {

    /** The Pangkalpinang seed's title, long enough that no column holds it on one line. */
    private static final String LONG_TITLE = "Kesepakatan Bersama tentang Sinergi Penyelenggaraan Pendidikan, Penelitian "
            + "dan Pengabdian kepada Masyarakat di Bidang Kesehatan antara Pemerintah Kota Pangkalpinang dan "
            + "Politeknik Kesehatan Kementerian Kesehatan Pangkalpinang";
    /** A name outside the code page of the PDF standard fonts (Latin Extended-A). */
    private static final String PARTNER = "Yayasan Nūr Ağıl Sejahtera";

    private static PeriodicReport report() {
        List<StageDays> medians = List.of(
                new StageDays(Stage.PREPARATION, Stage.PREPARATION.term(), Stage.PREPARATION.label(), 3, 12.0, 0.0),
                new StageDays(Stage.MEMORANDUM, Stage.MEMORANDUM.term(), Stage.MEMORANDUM.label(), 1, 40.0, 1.0),
                new StageDays(Stage.OFFER, Stage.OFFER.term(), Stage.OFFER.label(), 0, null, null));
        ComplianceFigures compliance = new ComplianceFigures("19.71", "Kota Pangkal Pinang", 3, 2, 1, 1, 1, 0.5, 1,
                0.5, 0, 1, 2, medians);
        RegionCode region = RegionCode.of("19.71");
        return new PeriodicReport(RegionView.of(region), "Gubernur Kepulauan Bangka Belitung",
                "the Governor of Kepulauan Bangka Belitung", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30),
                LocalDate.of(2026, 12, 7), new PeriodFigures(1, 1, 0, 2, 1, 1, 0, 5), compliance, List.of(
                new PeriodicLine("6f1c1d9e-7d07-4c43-a3a5-8d3b2ef0a111", LONG_TITLE,
                        "Politeknik Kesehatan Kementerian Kesehatan Pangkalpinang", CooperationType.SYNERGY,
                        Stage.MEMORANDUM, LocalDate.of(2025, 4, 25), LocalDate.of(2026, 12, 1),
                        LocalDate.of(2030, 4, 24), 1, 1, 0),
                new PeriodicLine("6f1c1d9e-7d07-4c43-a3a5-8d3b2ef0a112", "=HYPERLINK(\"http://x.test\",\"klik\")",
                        PARTNER, CooperationType.KSDPK, Stage.PREPARATION, null, null, null, 0, 0, 1),
                new PeriodicLine("6f1c1d9e-7d07-4c43-a3a5-8d3b2ef0a113", "-2+3", "@SUM(A1:A2)",
                        CooperationType.KSDPK, Stage.OFFER, null, null, null, 0, 0, 0),
                new PeriodicLine("6f1c1d9e-7d07-4c43-a3a5-8d3b2ef0a114", "\tcmd", "+62 812 0000",
                        CooperationType.KSDPK, Stage.OFFER, null, null, null, 0, 0, 0)),
                SignatureBlock.of(region));
    }

    @Test
    void the_csv_is_utf8_with_a_byte_order_mark() {
        byte[] csv = PeriodicReportExport.csv(report());
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).contains(PARTNER, "sinergi dengan pemerintah pusat/instansi vertikal / synergy with central government");
    }

    @Test
    void every_csv_cell_that_a_spreadsheet_would_run_as_a_formula_starts_with_a_quote() throws IOException {
        byte[] csv = PeriodicReportExport.csv(report());
        List<String> cells = new ArrayList<>();
        for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8)))) {
            record.forEach(cells::add);
        }
        assertThat(cells).contains("'=HYPERLINK(\"http://x.test\",\"klik\")", "'-2+3", "'@SUM(A1:A2)", "'\tcmd", "'+62 812 0000");
        assertThat(cells).noneMatch(cell -> !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0);
        // what is not formula-like stays as it was
        assertThat(cells).contains(LONG_TITLE, "2025-04-25");
    }

    @Test
    void the_pdf_is_a_document_to_sign_with_indonesian_names_and_english_beside() throws IOException {
        try (PDDocument document = Loader.loadPDF(PeriodicReportPdf.pdf(report()))) {
            String text = new PDFTextStripper().getText(document);
            String flat = text.replaceAll("\\s+", " ");
            // a cell wraps at a space or after a slash, which the extracted text shows as a line break
            assertThat(solid(text)).contains(solid("Laporan Berkala Kerja Sama Daerah", "Periodic Report on Regional Cooperation",
                    "Kota Pangkal Pinang (19.71)", "1 Januari 2025 – 30 Juni 2025",
                    "sinergi dengan pemerintah pusat/instansi vertikal", "synergy with central government or a vertical agency",
                    "nota kesepakatan dan rencana kerja", "memorandum (NK) and work plan",
                    "kerja sama daerah dengan pihak ketiga", "cooperation with a third party",
                    "persiapan (penjajakan)", "preparation", PARTNER));
            // the signature block: place and date, the head's title in both languages, blanks for name and NIP
            assertThat(flat).contains("Pangkal Pinang, 7 Desember 2026", "Wali Kota Pangkal Pinang", "Mayor of Pangkal Pinang",
                    "Nama / Name: ....", "NIP: ....");
            assertThat(flat).contains("Halaman / Page 1 / " + document.getNumberOfPages());
            // the medians by business date and by recording date, side by side
            assertThat(flat).contains("Median hari menurut tanggal keputusan", "Median days by recording date", "12.0", "40.0");
        }
    }

    /** The strings without their white space. */
    private static String[] solid(String... texts) {
        return Arrays.stream(texts).map(t -> t.replaceAll("\\s", "")).toArray(String[]::new);
    }

    private static String solid(String text) {
        return text.replaceAll("\\s", "");
    }

    @Test
    void long_cells_and_headers_wrap_onto_more_lines_instead_of_being_cut() throws IOException {
        try (PDDocument document = Loader.loadPDF(PeriodicReportPdf.pdf(report()))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text.replaceAll("\\s+", " ")).contains(LONG_TITLE, "Tanda tangan dicatat / Signing recorded");
            assertThat(text.lines()).noneMatch(line -> line.contains(LONG_TITLE));
            assertThat(text.lines()).noneMatch(line -> line.contains("Tanda tangan dicatat / Signing recorded"));
        }
    }

    @Test
    void every_font_of_the_pdf_is_embedded_dejavu_sans() throws IOException {
        try (PDDocument document = Loader.loadPDF(PeriodicReportPdf.pdf(report()))) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("DejaVuSans");
            });
        }
    }
}
