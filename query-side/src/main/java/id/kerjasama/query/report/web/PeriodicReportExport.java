package id.kerjasama.query.report.web;

import id.kerjasama.query.report.InspectionReports.ComplianceFigures;
import id.kerjasama.query.report.InspectionReports.PeriodicLine;
import id.kerjasama.query.report.InspectionReports.PeriodicReport;
import id.kerjasama.query.report.InspectionReports.StageDays;
import id.kerjasama.validation.Labelled;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The periodic report as people read it: the same figures and lines as the JSON, each heading and each stage and
 * type name in Indonesian and English. This class holds the rows both exports share and writes the CSV; the PDF is
 * {@link PeriodicReportPdf}'s.
 */
final class PeriodicReportExport {

    private PeriodicReportExport() {
    }

    /** One figure: its Indonesian and English name, and its value. */
    record Figure(String id, String en, String value) {
    }

    /** The figures of the period, then those as of today. */
    static List<Figure> figures(PeriodicReport r) {
        List<Figure> rows = new ArrayList<>();
        rows.add(figure("Kerja sama baru", "Cooperations initiated", r.period().initiated()));
        rows.add(figure("KB/NK ditandatangani", "KB/NK signed", r.period().frameworksSigned()));
        rows.add(figure("Kerja sama berakhir", "Cooperations ended", r.period().ended()));
        rows.add(figure("Tanda peringatan muncul", "Flags raised", r.period().flagsRaised()));
        rows.add(figure("Tanda peringatan dijawab/ditutup", "Flags answered or closed", r.period().flagsClosed()));
        rows.add(figure("Temuan audit dicatat", "Audit findings recorded", r.period().auditFindingsRecorded()));
        rows.add(figure("Temuan audit ditutup", "Audit findings closed", r.period().auditFindingsClosed()));
        rows.add(figure("Keputusan", "Decisions", r.period().decisions()));
        ComplianceFigures c = r.compliance();
        rows.add(figure("Kerja sama berjalan (per " + r.preparedOn() + ")", "Running cooperations (as of " + r.preparedOn() + ")", c.running()));
        rows.add(figure("Evaluasi tepat waktu", "Evaluations on time", percent(c.evaluationsOnTimeShare())
                + " (" + c.evaluationsMet() + "/" + (c.evaluationsMet() + c.evaluationsMissed()) + ")"));
        rows.add(figure("Kerja sama dorman", "Dormant cooperations", c.dormant() + " (" + percent(c.dormantShare()) + ")"));
        rows.add(figure("Berakhir dalam 90 hari", "Expiring within 90 days", c.expiringSoon()));
        rows.add(figure("Temuan audit terbuka", "Open audit findings", c.openAuditFindings()));
        rows.add(figure("Tanda peringatan terbuka", "Open flags", c.openFlags()));
        return rows;
    }

    /** The median days of each stage with completed stays, as figures. */
    static List<Figure> medianFigures(PeriodicReport r) {
        List<Figure> rows = new ArrayList<>();
        for (StageDays stage : stayedStages(r)) {
            rows.add(figure("Median hari: " + stage.stageId(), "Median days: " + stage.stageEn(),
                    days(stage.medianDays()) + " (" + stage.stays() + "; menurut tanggal pencatatan / by recording date: "
                            + days(stage.medianRecordedDays()) + ")"));
        }
        return rows;
    }

    /** The stages with completed stays, for the medians. */
    static List<StageDays> stayedStages(PeriodicReport r) {
        return r.compliance().medianDaysPerStage().stream().filter(stage -> stage.stays() > 0).toList();
    }

    static final String[] COLUMNS = {"Judul / Title", "Mitra / Partner", "Jenis / Type", "Tahap / Stage",
            "Tanggal tanda tangan / Signed on", "Tanda tangan dicatat / Signing recorded", "Berakhir / Term ends",
            "Tanda periode / Flags in period", "Tanda terbuka / Open flags", "Temuan terbuka / Open findings", "ID"};

    static String[] line(PeriodicLine l) {
        return new String[]{l.title(), l.partnerName(), both(l.type()), both(l.stage()), text(l.signedOn()),
                text(l.signingRecordedOn()), text(l.termEnd()), Integer.toString(l.flagsRaisedInPeriod()),
                Integer.toString(l.openFlags()), Integer.toString(l.openAuditFindings()), l.cooperationId()};
    }

    /** The Indonesian term with the English label beside it. */
    static String both(Labelled value) {
        return value.term() + " / " + value.label();
    }

    /** The byte order mark, so that spreadsheet programs read the file as UTF-8 rather than their local code page. */
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** RFC 4180, every field quoted. */
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();

    /** UTF-8 with a byte order mark, every cell {@linkplain #neutralised neutralised}. */
    static byte[] csv(PeriodicReport r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, FORMAT)) {
            row(csv, "Laporan berkala kerja sama daerah", "Periodic report on regional cooperation");
            row(csv, "Daerah / Region", r.region().name() + " (" + r.region().code() + ")");
            row(csv, "Kepada / To", r.addresseeId() + " / " + r.addresseeEn());
            row(csv, "Periode / Period", r.from().toString(), r.to().toString());
            row(csv, "Disusun / Prepared", r.preparedOn().toString());
            csv.println();
            row(csv, "Angka / Figure", "Figure", "Nilai / Value");
            for (Figure f : Stream.concat(figures(r).stream(), medianFigures(r).stream()).toList()) {
                row(csv, f.id(), f.en(), f.value());
            }
            csv.println();
            row(csv, COLUMNS);
            for (PeriodicLine l : r.cooperations()) {
                row(csv, line(l));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The periodic report could not be written as CSV", e);
        }
        return out.toByteArray();
    }

    private static void row(CSVPrinter csv, String... cells) throws IOException {
        csv.printRecord(Stream.of(cells).map(PeriodicReportExport::neutralised));
    }

    /**
     * A cell a spreadsheet would take for a formula (it starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab
     * or a carriage return) gets a leading single quote, so that it is shown as text and never run: titles and
     * partner names come from users (OWASP, "CSV injection").
     */
    static String neutralised(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        return "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    private static Figure figure(String id, String en, Object value) {
        return new Figure(id, en, String.valueOf(value));
    }

    private static String percent(Double share) {
        return share == null ? "n/a" : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    static String days(Double days) {
        return days == null ? "n/a" : String.format(Locale.ROOT, "%.1f", days);
    }

    private static String text(LocalDate value) {
        return value == null ? "" : value.toString();
    }
}
