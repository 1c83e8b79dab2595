package id.kerjasama.query.report.web;

import id.kerjasama.actor.ActorRole;
import id.kerjasama.actor.Jurisdiction;
import id.kerjasama.cooperation.CooperationType;
import id.kerjasama.query.cooperation.Page;
import id.kerjasama.query.cooperation.RegistryQuery;
import id.kerjasama.query.inspection.FlagKind;
import id.kerjasama.query.inspection.InspectionFold;
import id.kerjasama.query.inspection.LabelRules;
import id.kerjasama.query.report.InspectionReports;
import id.kerjasama.query.report.Selection;
import id.kerjasama.query.security.CurrentCaller;
import id.kerjasama.web.security.NotPermitted;
import id.kerjasama.query.security.ReadScope;
import id.kerjasama.region.RegionCode;
import id.kerjasama.region.RegionDirectory;
import id.kerjasama.validation.InvalidValueException;
import id.kerjasama.validation.Require;
import id.kerjasama.validation.Violations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/**
 * The inspectors' reports (docs/REPORTS.md). Inspectors read them all, each only within the jurisdiction: a
 * regional inspectorate its region, a provincial supervisor the province, a national one everything. The regional
 * head and the secretariat, who send the periodic report and answer for the figures, produce those two for their
 * own region ({@link ReportReader}). Lists of cooperations (overdue, decisions, label mismatches) take every
 * cooperation where a region of the jurisdiction is a party, as the registry does; figures per region (compliance,
 * the periodic report) count each cooperation once, for the region that initiated it and answers for it.
 */
@RestController
@RequestMapping("/api/reports")
@Tag(name = "Inspectors' reports")
public class InspectionReportController {

    private static final String TEXT_CSV = "text/csv";

    private final InspectionReports reports;
    private final CurrentCaller caller;

    InspectionReportController(InspectionReports reports, CurrentCaller caller) {
        this.reports = reports;
        this.caller = caller;
    }

    @GetMapping("/overdue")
    @Operation(summary = "Open flags per cooperation: since when, days open, and who answers for it; longest open first")
    public Page<InspectionReports.OverdueCooperation> overdue(
            @Parameter(description = "a region code; cooperations where it is a party") @RequestParam(required = false) RegionCode region,
            @Parameter(description = "a province code; cooperations initiated in it") @RequestParam(required = false) RegionCode province,
            @RequestParam(required = false) List<FlagKind> kind,
            @Parameter(description = "only flags open at least this many days") @RequestParam(defaultValue = "0") int minDays,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        ReportReader inspector = inspector();
        Violations.check(() -> {
            paging(page, size);
            Require.that(minDays >= 0, "minDays", "NOT_NEGATIVE", "minDays must not be negative");
        });
        return reports.overdue(partiesWithin(inspector, region, province), kind == null ? List.of() : kind, minDays, page, size);
    }

    @GetMapping("/compliance")
    @Operation(summary = "Per region: evaluations on time, dormant share, expiring soon, open audit findings, median "
            + "days per stage (inspectors within their jurisdiction; the regional head and the secretariat for their region)")
    public InspectionReports.Compliance compliance(
            @Parameter(description = "one region; for the regional head and the secretariat only their own")
            @RequestParam(required = false) RegionCode region,
            @Parameter(description = "every region of a province (inspectors)") @RequestParam(required = false) RegionCode province) {
        ReportReader reader = officeOrInspector();
        oneOf(region, province);
        Selection selection = reader.initiated();
        String scope = reader.scope();
        if (region != null) {
            reader.requireReaches("region", region);
            selection = selection.initiatedBy(region);
            scope = region.value();
        } else if (province != null) {
            reader.requireReachesProvince(province);
            selection = selection.initiatedInProvince(province);
            scope = province.value();
        }
        return reports.compliance(scope, selection);
    }

    @GetMapping("/decisions")
    @Operation(summary = "Who did what: every decision by an actor, or by a unit (the role within a region), in a period")
    public Page<InspectionReports.DecisionEntry> decisions(
            @Parameter(description = "the actor's id (the token's subject)") @RequestParam(required = false) String actor,
            @Parameter(description = "the region the actor acted for (62.09; an inspector's 62 or ID)") @RequestParam(required = false) String unit,
            @Parameter(description = "with unit: the role within it, e.g. TKKSD_MEMBER") @RequestParam(required = false) ActorRole role,
            @Parameter(description = "decision event types, e.g. DraftApproved") @RequestParam(required = false) List<String> type,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        ReportReader inspector = inspector();
        String actorId = actor == null || actor.isBlank() ? null : actor.strip();
        String unitCode = unit == null || unit.isBlank() ? null : unit.strip();
        List<String> types = type == null ? List.of() : type;
        Violations.check(() -> {
            paging(page, size);
            period(from, to);
            Require.that(actorId != null || unitCode != null, "actor", "ACTOR_OR_UNIT",
                    "name an actor or a unit (and optionally a role)");
            Require.that(unitCode == null || Jurisdiction.NATIONAL.equals(unitCode) || RegionDirectory.standard().contains(unitCode),
                    "unit", "REGION_CODE", "unit must be a region code such as 62.09, a province such as 62, or ID");
            Require.that(InspectionFold.decisionTypes().containsAll(types), "type", "ONE_OF",
                    "type must be one of " + InspectionFold.decisionTypes().stream().sorted().toList());
        });
        return reports.decisions(partiesWithin(inspector, null, null), actorId, unitCode, role == null ? null : role.name(),
                types, from, to, page, size);
    }

    @GetMapping("/label-mismatches")
    @Operation(summary = "Cooperations whose label, partner or documents do not fit their legal type")
    public Page<InspectionReports.LabelMismatchEntry> labelMismatches(
            @RequestParam(required = false) RegionCode region,
            @RequestParam(required = false) RegionCode province,
            @RequestParam(required = false) List<LabelRules.MismatchKind> kind,
            @RequestParam(required = false) List<CooperationType> type,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        ReportReader inspector = inspector();
        Violations.check(() -> paging(page, size));
        Selection selection = partiesWithin(inspector, region, province).ofTypes(type == null ? List.of() : type);
        return reports.labelMismatches(selection, kind == null ? List.of() : kind, page, size);
    }

    @GetMapping(value = "/periodic", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The periodic report of a region's head to the governor or the ministry (also format=csv or "
            + "format=pdf), by the business dates of the period; for inspectors within their jurisdiction, the regional "
            + "head and the secretariat for their region")
    public InspectionReports.PeriodicReport periodic(
            @Parameter(description = "the reporting region (a regency/city, or a province)") @RequestParam RegionCode region,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        ReportReader reader = officeOrInspector();
        period(from, to);
        reader.requireReaches("region", region);
        return reports.periodic(region, from, to);
    }

    @GetMapping(value = "/periodic", produces = TEXT_CSV)
    @Operation(summary = "The periodic report as CSV (UTF-8 with a byte order mark, formula-like cells neutralised)")
    public ResponseEntity<byte[]> periodicCsv(@RequestParam RegionCode region,
                                              @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                              @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        InspectionReports.PeriodicReport report = periodic(region, from, to);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, attachment(report, "csv"))
                .contentType(MediaType.parseMediaType(TEXT_CSV + ";charset=UTF-8")).body(PeriodicReportExport.csv(report));
    }

    @GetMapping(value = "/periodic", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The periodic report as a PDF to sign and send: Indonesian and English, with a signature block")
    public ResponseEntity<byte[]> periodicPdf(@RequestParam RegionCode region,
                                              @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                              @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        InspectionReports.PeriodicReport report = periodic(region, from, to);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, attachment(report, "pdf"))
                .contentType(MediaType.APPLICATION_PDF).body(PeriodicReportPdf.pdf(report));
    }

    private static String attachment(InspectionReports.PeriodicReport report, String extension) {
        return "attachment; filename=\"laporan-berkala-" + report.region().code() + "-" + report.from() + "-"
                + report.to() + "." + extension + "\"";
    }

    /** @throws NotPermitted unless the caller is an inspector: these reports are the inspectorates' */
    private ReportReader inspector() {
        caller.requireAnyOf(ActorRole.INSPECTOR);
        return new ReportReader(caller.scope().caller());
    }

    /** @throws NotPermitted unless the caller is an inspector, or the regional head or the secretariat */
    private ReportReader officeOrInspector() {
        caller.requireAnyOf(ActorRole.INSPECTOR, ActorRole.REGIONAL_HEAD, ActorRole.SECRETARIAT);
        return new ReportReader(caller.scope().caller());
    }

    /** Cooperations where a region of the jurisdiction is a party, narrowed to a region (a party) or a province. */
    private static Selection partiesWithin(ReportReader inspector, RegionCode region, RegionCode province) {
        oneOf(region, province);
        Selection selection = Selection.within(new ReadScope(inspector.caller()));
        if (region != null) {
            inspector.requireReaches("region", region);
            selection = selection.withParty(region);
        }
        if (province != null) {
            inspector.requireReachesProvince(province);
            selection = selection.initiatedInProvince(province);
        }
        return selection;
    }

    private static void oneOf(RegionCode region, RegionCode province) {
        if (region != null && province != null) {
            throw new InvalidValueException("province", "ONE_OF_REGION_PROVINCE", "ask for a region or a province, not both");
        }
        if (province != null && !province.isProvince()) {
            throw new InvalidValueException("province", "PROVINCE_CODE", "province must be a province code such as 62");
        }
    }

    private static void period(LocalDate from, LocalDate to) {
        Require.notBefore(to, from, "to", "from");
    }

    /** Checks of {@link Require}: inside {@link Violations#check} both are reported, outside the first. */
    private static void paging(int page, int size) {
        Require.that(page >= 0, "page", "NOT_NEGATIVE", "page counts from 0");
        Require.that(size >= 1 && size <= RegistryQuery.MAX_PAGE_SIZE, "size", "RANGE",
                "size must be from 1 to " + RegistryQuery.MAX_PAGE_SIZE);
    }
}
