package id.kerjasama.query.report.web;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import id.kerjasama.query.report.InspectionReports.PeriodicLine;
import id.kerjasama.query.report.InspectionReports.PeriodicReport;
import id.kerjasama.query.report.InspectionReports.StageDays;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The periodic report as a document the regional head signs and sends: an A4 landscape PDF rendered from the
 * XHTML template {@code reports/periodic-report.xhtml}, which Thymeleaf fills (escaping every value, titles and
 * names come from users) and openhtmltopdf lays out (table cells that wrap instead of cutting, the table header
 * repeated on every page, page numbers). The text is set in DejaVu Sans, shipped in {@code fonts/} with its licence
 * and embedded, so that every name prints whatever fonts the reader's machine has.
 */
final class PeriodicReportPdf {

    private static final DateTimeFormatter INDONESIAN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"));
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    static final String FONT_FAMILY = "DejaVu Sans";

    private static final TemplateEngine TEMPLATES = templates();

    private PeriodicReportPdf() {
    }

    /** A line of the cooperations table: the names in Indonesian with the English beside them. */
    record Line(String title, String partner, String typeId, String typeEn, String stageId, String stageEn,
                String signedOn, String signingRecordedOn, String termEnd, int flagsInPeriod, int openFlags,
                int openFindings, String id) {

        static Line of(PeriodicLine l) {
            return new Line(l.title(), l.partnerName(), l.type().term(), l.type().label(), l.stage().term(),
                    l.stage().label(), text(l.signedOn()), text(l.signingRecordedOn()), text(l.termEnd()),
                    l.flagsRaisedInPeriod(), l.openFlags(), l.openAuditFindings(), l.cooperationId());
        }
    }

    /** A stage's completed stays and their medians, by business date and by recording date. */
    record StageRow(String stageId, String stageEn, int stays, String medianDays, String medianRecordedDays) {

        static StageRow of(StageDays s) {
            return new StageRow(s.stageId(), s.stageEn(), s.stays(), PeriodicReportExport.days(s.medianDays()),
                    PeriodicReportExport.days(s.medianRecordedDays()));
        }
    }

    static byte[] pdf(PeriodicReport r) {
        Context context = new Context(Locale.forLanguageTag("id"));
        context.setVariable("r", r);
        context.setVariable("period", INDONESIAN.format(r.from()) + " – " + INDONESIAN.format(r.to()));
        context.setVariable("periodEn", ENGLISH.format(r.from()) + " – " + ENGLISH.format(r.to()));
        context.setVariable("preparedOn", INDONESIAN.format(r.preparedOn()));
        context.setVariable("preparedOnEn", ENGLISH.format(r.preparedOn()));
        context.setVariable("figures", PeriodicReportExport.figures(r));
        context.setVariable("stages", PeriodicReportExport.stayedStages(r).stream().map(StageRow::of).toList());
        context.setVariable("lines", r.cooperations().stream().map(Line::of).toList());
        context.setVariable("font", FONT_FAMILY);
        String xhtml = TEMPLATES.process("periodic-report", context);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The periodic report could not be written as PDF", e);
        }
    }

    private static InputStream font(String file) {
        InputStream font = PeriodicReportPdf.class.getResourceAsStream("/fonts/" + file);
        if (font == null) {
            throw new IllegalStateException("The font " + file + " is missing from the query side's resources");
        }
        return font;
    }

    private static TemplateEngine templates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("reports/");
        resolver.setSuffix(".xhtml");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    private static String text(LocalDate day) {
        return day == null ? "" : day.toString();
    }
}
