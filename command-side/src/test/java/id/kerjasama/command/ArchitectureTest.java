package id.kerjasama.command;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.servlet.http.HttpServletRequest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Keeps the layout of README true: a Spring-free published language, web support shared by both sides, and a
 * command side that decides alone.
 */
@AnalyzeClasses(packages = "id.kerjasama", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule the_shared_kernel_knows_no_spring = noClasses()
            .that().resideInAnyPackage("id.kerjasama.cooperation..", "id.kerjasama.region..", "id.kerjasama.actor..",
                    "id.kerjasama.validation..", "id.kerjasama.eventstore..", "id.kerjasama.audit..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..");

    @ArchTest
    static final ArchRule the_shared_kernel_knows_neither_side = noClasses()
            .that().resideInAnyPackage("id.kerjasama.cooperation..", "id.kerjasama.region..", "id.kerjasama.actor..",
                    "id.kerjasama.validation..", "id.kerjasama.eventstore..", "id.kerjasama.audit..")
            .should().dependOnClassesThat().resideInAnyPackage("id.kerjasama.command..", "id.kerjasama.query..");

    /** What both sides' APIs share is shared for real: it serves either side and names neither. */
    @ArchTest
    static final ArchRule the_web_support_knows_neither_side = noClasses()
            .that().resideInAPackage("id.kerjasama.web..")
            .should().dependOnClassesThat().resideInAnyPackage("id.kerjasama.command..", "id.kerjasama.query..");

    /** The offline verifier ships the audit package with the JDK alone: no Axon, Spring or database on its path. */
    @ArchTest
    static final ArchRule the_audit_language_needs_only_the_jdk = classes()
            .that().resideInAPackage("id.kerjasama.audit..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("id.kerjasama.audit..", "id.kerjasama.validation..", "java..");

    /**
     * Who acts comes from the validated token; the only header besides it that reaches events is the reason. The
     * idempotency filter reads its key, which never reaches events.
     */
    @ArchTest
    static final ArchRule only_the_actor_source_reads_request_headers = noClasses()
            .that().resideOutsideOfPackages("id.kerjasama.command.actor..", "id.kerjasama.command.idempotency..")
            .should().callMethod(HttpServletRequest.class, "getHeader", String.class);

    @ArchTest
    static final ArchRule the_aggregate_does_no_io_and_knows_no_web = noClasses()
            .that().resideInAPackage("id.kerjasama.command.cooperation.policy..")
            .or().haveSimpleName("Cooperation")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "java.sql..", "java.net..",
                    "org.springframework.jdbc..");
}
