package id.kerjasama.query.report.web;

import id.kerjasama.query.report.InspectionReports;
import id.kerjasama.query.report.InspectionReports.ComplianceFigures;
import id.kerjasama.query.report.InspectionReports.PeriodicLine;
import id.kerjasama.query.report.InspectionReports.PeriodicReport;
import id.kerjasama.query.report.InspectionReports.StageDays;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The periodic report as people read it: the same figures and lines as the JSON, each heading in Indonesian and
 * English, as CSV (figures first, then one row per cooperation) and as a printable A4 PDF.
 */
final class PeriodicReportExport {

    private PeriodicReportExport() {
    }

    /** Each figure: its Indonesian and English name, and its value. */
    static List<String[]> figures(PeriodicReport r) {
        List<String[]> rows = new ArrayList<>();
        rows.add(row("Kerja sama baru", "Cooperations initiated", r.period().initiated()));
        rows.add(row("KB/NK ditandatangani", "KB/NK signed", r.period().frameworksSigned()));
        rows.add(row("Kerja sama berakhir", "Cooperations ended", r.period().ended()));
        rows.add(row("Tanda peringatan muncul", "Flags raised", r.period().flagsRaised()));
        rows.add(row("Tanda peringatan dijawab/ditutup", "Flags answered or closed", r.period().flagsClosed()));
        rows.add(row("Temuan audit dicatat", "Audit findings recorded", r.period().auditFindingsRecorded()));
        rows.add(row("Temuan audit ditutup", "Audit findings closed", r.period().auditFindingsClosed()));
        rows.add(row("Keputusan", "Decisions", r.period().decisions()));
        ComplianceFigures c = r.compliance();
        rows.add(row("Kerja sama berjalan (per " + r.preparedOn() + ")", "Running cooperations (as of " + r.preparedOn() + ")", c.running()));
        rows.add(row("Evaluasi tepat waktu", "Evaluations on time", percent(c.evaluationsOnTimeShare())
                + " (" + c.evaluationsMet() + "/" + (c.evaluationsMet() + c.evaluationsMissed()) + ")"));
        rows.add(row("Kerja sama dorman", "Dormant cooperations", c.dormant() + " (" + percent(c.dormantShare()) + ")"));
        rows.add(row("Berakhir dalam 90 hari", "Expiring within 90 days", c.expiringSoon()));
        rows.add(row("Temuan audit terbuka", "Open audit findings", c.openAuditFindings()));
        rows.add(row("Tanda peringatan terbuka", "Open flags", c.openFlags()));
        for (StageDays stage : c.medianDaysPerStage()) {
            if (stage.stays() > 0) {
                rows.add(row("Median hari: " + stage.stage().term(), "Median days: " + stage.stage().label(),
                        stage.medianDays() + " (" + stage.stays() + ")"));
            }
        }
        return rows;
    }

    static final String[] COLUMNS = {"Judul / Title", "Mitra / Partner", "Jenis / Type", "Tahap / Stage",
            "Ditandatangani / Signed", "Berakhir / Term ends", "Tanda periode / Flags in period",
            "Tanda terbuka / Open flags", "Temuan terbuka / Open findings", "ID"};

    static String[] line(PeriodicLine l) {
        return new String[]{l.title(), l.partnerName(), l.type().name(), l.stage().name(), text(l.signedOn()),
                text(l.termEnd()), Integer.toString(l.flagsRaisedInPeriod()), Integer.toString(l.openFlags()),
                Integer.toString(l.openAuditFindings()), l.cooperationId()};
    }

    static String csv(PeriodicReport r) {
        StringBuilder csv = new StringBuilder();
        csv.append(csvRow("Laporan berkala kerja sama daerah", "Periodic report on regional cooperation")).append(
                csvRow("Daerah / Region", r.region().name() + " (" + r.region().code() + ")")).append(
                csvRow("Kepada / To", r.addresseeId() + " / " + r.addresseeEn())).append(
                csvRow("Periode / Period", r.from().toString(), r.to().toString())).append(
                csvRow("Disusun / Prepared", r.preparedOn().toString())).append("\n").append(
                csvRow("Angka / Figure", "Figure", "Nilai / Value"));
        figures(r).forEach(f -> csv.append(csvRow(f)));
        csv.append("\n").append(csvRow(COLUMNS));
        r.cooperations().forEach(l -> csv.append(csvRow(line(l))));
        return csv.toString();
    }

    static byte[] pdf(PeriodicReport r) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Writer writer = new Writer(document);
            writer.text(13, "Laporan Berkala Kerja Sama Daerah / Periodic Report on Regional Cooperation");
            writer.text(10, r.region().name() + " (" + r.region().code() + ")   Periode / Period: " + r.from() + " - " + r.to());
            writer.text(10, "Kepada / To: " + r.addresseeId() + " / " + r.addresseeEn() + "   Disusun / Prepared: " + r.preparedOn());
            writer.gap();
            for (String[] figure : figures(r)) {
                writer.row(new float[]{300, 300, 150}, figure);
            }
            writer.gap();
            float[] widths = {190, 150, 75, 95, 62, 62, 40, 40, 40, 0};
            writer.header(widths, COLUMNS);
            for (PeriodicLine l : r.cooperations()) {
                writer.row(widths, line(l));
            }
            writer.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The periodic report could not be written as PDF", e);
        }
    }

    /** Lines of text down A4 landscape pages, a new page when one is full. */
    private static final class Writer {
        private static final float MARGIN = 36;
        private final PDDocument document;
        private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private PDPageContentStream page;
        private float y;
        private int pages;

        Writer(PDDocument document) throws IOException {
            this.document = document;
            newPage();
        }

        void text(float size, String text) throws IOException {
            room(size + 4);
            write(bold, size, MARGIN, text, Float.MAX_VALUE);
            y -= size + 4;
        }

        void gap() {
            y -= 8;
        }

        void header(float[] widths, String[] cells) throws IOException {
            cells(bold, widths, cells);
        }

        void row(float[] widths, String[] cells) throws IOException {
            cells(regular, widths, cells);
        }

        private void cells(PDType1Font font, float[] widths, String[] cells) throws IOException {
            room(12);
            float x = MARGIN;
            for (int i = 0; i < cells.length && i < widths.length; i++) {
                if (widths[i] > 0) {
                    write(font, 7.5f, x, cells[i], widths[i] - 4);
                }
                x += widths[i];
            }
            y -= 11;
        }

        private void write(PDType1Font font, float size, float x, String text, float width) throws IOException {
            String printable = fit(font, size, printable(font, text == null ? "" : text), width);
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(x, y);
            page.showText(printable);
            page.endText();
        }

        private void room(float needed) throws IOException {
            if (y - needed < MARGIN) {
                newPage();
            }
        }

        private void newPage() throws IOException {
            if (page != null) {
                page.close();
            }
            PDPage next = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            document.addPage(next);
            page = new PDPageContentStream(document, next);
            pages++;
            y = next.getMediaBox().getHeight() - MARGIN;
            page.beginText();
            page.setFont(regular, 7);
            page.newLineAtOffset(next.getMediaBox().getWidth() - MARGIN - 60, MARGIN / 2);
            page.showText("Halaman / Page " + pages);
            page.endText();
        }

        void close() throws IOException {
            page.close();
        }

        /** The standard fonts know WinAnsi only: anything else is shown as "?". */
        private static String printable(PDType1Font font, String text) {
            StringBuilder out = new StringBuilder();
            text.codePoints().forEach(c -> {
                String ch = new String(Character.toChars(c));
                try {
                    font.encode(ch);
                    out.append(ch);
                } catch (IOException | IllegalArgumentException e) {
                    out.append('?');
                }
            });
            return out.toString();
        }

        private static String fit(PDType1Font font, float size, String text, float width) throws IOException {
            if (width == Float.MAX_VALUE || font.getStringWidth(text) / 1000 * size <= width) {
                return text;
            }
            String cut = text;
            while (!cut.isEmpty() && font.getStringWidth(cut + "...") / 1000 * size > width) {
                cut = cut.substring(0, cut.length() - 1);
            }
            return cut + "...";
        }
    }

    private static String[] row(String id, String en, Object value) {
        return new String[]{id, en, String.valueOf(value)};
    }

    private static String percent(Double share) {
        return share == null ? "-" : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** RFC 4180: quote every field, double the quotes inside. */
    private static String csvRow(String... fields) {
        return Stream.of(fields).map(f -> f == null ? "" : "\"" + f.replace("\"", "\"\"") + "\"")
                .collect(Collectors.joining(",", "", "\n"));
    }
}
