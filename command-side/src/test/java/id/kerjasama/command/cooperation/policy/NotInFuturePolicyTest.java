package id.kerjasama.command.cooperation.policy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import id.kerjasama.cooperation.CooperationId;
import id.kerjasama.cooperation.command.GrantPowerOfAttorney;
import id.kerjasama.cooperation.command.HappenedOn;
import id.kerjasama.cooperation.command.RecordActivity;
import id.kerjasama.cooperation.command.RecordBudgetRealisation;
import id.kerjasama.cooperation.FundingSource;
import id.kerjasama.cooperation.Person;
import id.kerjasama.cooperation.command.RecordImplementationReport;
import id.kerjasama.cooperation.command.TerminateCooperation;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static id.kerjasama.command.cooperation.CooperationScenario.*;
import static id.kerjasama.command.cooperation.Rule.NOT_IN_FUTURE;
import static org.assertj.core.api.Assertions.assertThat;

class NotInFuturePolicyTest {

    private static final CooperationId ID = LAMANDAU_CBI.id;

    @Test
    void an_activity_three_months_ahead_is_refused_naming_the_field() {
        Verdict verdict = NotInFuturePolicy.check(new RecordActivity(ID, TODAY.plusMonths(3), "Penyuluhan", "RSUD"), TODAY);
        assertThat(brokenRule(verdict)).contains(NOT_IN_FUTURE);
        assertThat(verdict.refusal().orElseThrow().getMessage()).startsWith("date (2026-06-02) lies after today (2026-03-02)");
    }

    @Test
    void one_day_ahead_is_allowed_for_a_caller_in_a_zone_further_east_and_two_are_not() {
        assertThat(NotInFuturePolicy.check(new RecordActivity(ID, TODAY.plusDays(1), "Penyuluhan", "RSUD"), TODAY).isAllowed()).isTrue();
        assertThat(brokenRule(NotInFuturePolicy.check(new RecordActivity(ID, TODAY.plusDays(2), "Penyuluhan", "RSUD"), TODAY)))
                .contains(NOT_IN_FUTURE);
    }

    @Test
    void a_reported_period_that_has_not_ended_is_refused() {
        assertThat(brokenRule(NotInFuturePolicy.check(new RecordImplementationReport(ID, TODAY.minusMonths(5),
                TODAY.plusMonths(1), "Laporan semester", null), TODAY))).contains(NOT_IN_FUTURE);
    }

    @Test
    void a_budget_realisation_of_next_fiscal_year_is_refused() {
        assertThat(brokenRule(NotInFuturePolicy.check(new RecordBudgetRealisation(ID, TODAY.getYear() + 1, FundingSource.APBD,
                BigDecimal.TEN, "Biaya"), TODAY))).contains(NOT_IN_FUTURE);
    }

    @Test
    void planned_dates_may_lie_ahead() {
        assertThat(NotInFuturePolicy.check(new TerminateCooperation(ID, id.kerjasama.cooperation.TerminationReason.MUTUAL_AGREEMENT,
                TODAY.plusMonths(6), "Sepakat"), TODAY).isAllowed()).isTrue();
        assertThat(NotInFuturePolicy.check(new GrantPowerOfAttorney(ID, null, new Person("dr. Siti", "Direktur"), "RSUD",
                LAMANDAU_CBI.head, null, TODAY.plusDays(10), TODAY.plusYears(1), file("kuasa.pdf")), TODAY).isAllowed()).isTrue();
    }

    /**
     * Every date (or year) a command carries is either a record of what happened, and marked so, or one of the known
     * plans: a new command with a date cannot slip past the rule unnoticed.
     */
    @Test
    void every_date_of_every_command_is_either_what_happened_or_a_known_plan() {
        Set<String> plans = Set.of("GrantPowerOfAttorney.validFrom", "GrantPowerOfAttorney.validUntil",
                "TerminateCooperation.effectiveOn", "RecordPublicationExemption.until");
        List<Class<?>> commands = new ClassFileImporter().importPackages("id.kerjasama.cooperation.command").stream()
                .<Class<?>>map(JavaClass::reflect).filter(Class::isRecord).toList();
        assertThat(commands).hasSizeGreaterThan(30);
        List<String> unmarked = commands.stream().flatMap(command -> Arrays.stream(command.getRecordComponents())
                        .filter(NotInFuturePolicyTest::isDateOrYear)
                        .filter(c -> !c.isAnnotationPresent(HappenedOn.class))
                        .map(c -> command.getSimpleName() + "." + c.getName()))
                .filter(name -> !plans.contains(name)).toList();
        assertThat(unmarked).isEmpty();
    }

    private static boolean isDateOrYear(RecordComponent component) {
        return component.getType() == LocalDate.class || component.getName().toLowerCase().endsWith("year");
    }
}
