package id.kerjasama.command;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.servlet.http.HttpServletRequest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Keeps the layout of README true: a Spring-free published language, web support shared by both sides, a command
 * side that decides alone, and within it web packages apart from the model, checked by package rather than by class.
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

    /** The file archive stores bytes by their hash for either side: it knows neither side, nor the domain, nor the web. */
    @ArchTest
    static final ArchRule the_file_archive_knows_no_domain_and_neither_side = noClasses()
            .that().resideInAPackage("id.kerjasama.archive..")
            .should().dependOnClassesThat().resideInAnyPackage("id.kerjasama.command..", "id.kerjasama.query..",
                    "id.kerjasama.cooperation..", "id.kerjasama.web..", "org.springframework.web..", "jakarta.servlet..");

    /** The offline verifier ships the audit package with the JDK alone: no Axon, Spring or database on its path. */
    @ArchTest
    static final ArchRule the_audit_language_needs_only_the_jdk = classes()
            .that().resideInAPackage("id.kerjasama.audit..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("id.kerjasama.audit..", "id.kerjasama.validation..", "java..");

    /**
     * Who acts comes from the validated token (read by the shared security); the only header besides it that reaches
     * events is the reason. The idempotency filter reads its key, which never reaches events.
     */
    @ArchTest
    static final ArchRule only_the_actor_source_reads_request_headers = noClasses()
            .that().resideOutsideOfPackages("id.kerjasama.command.actor.web..", "id.kerjasama.command.idempotency.web..",
                    "id.kerjasama.web.security..")
            .should().callMethod(HttpServletRequest.class, "getHeader", String.class);

    /** What decides and what stores knows nothing of HTTP: requests and answers are the web packages' business. */
    @ArchTest
    static final ArchRule the_model_knows_no_web = noClasses()
            .that().resideInAnyPackage("id.kerjasama.command.actor..", "id.kerjasama.command.cooperation..",
                    "id.kerjasama.command.idempotency..", "id.kerjasama.command.deadline..",
                    "id.kerjasama.command.eventstore..", "id.kerjasama.command.audit..")
            .and().resideOutsideOfPackage("..web..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "org.springframework.web..",
                    "org.springframework.http..", "org.springdoc..", "io.swagger..", "id.kerjasama.command..web..");

    @ArchTest
    static final ArchRule the_cooperation_model_does_no_io = noClasses()
            .that().resideInAPackage("id.kerjasama.command.cooperation..").and().resideOutsideOfPackage("..web..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "java.net..", "org.springframework.jdbc..");

    /** A feature's web package is an entry point: only other web code may build on it. */
    @ArchTest
    static final ArchRule only_web_code_uses_a_features_web_package = noClasses()
            .that().resideOutsideOfPackage("..web..")
            .should().dependOnClassesThat().resideInAPackage("id.kerjasama.command.*.web..");

    @ArchTest
    static final ArchRule the_features_of_the_command_side_have_no_cycles = slices()
            .matching("id.kerjasama.command.(*)..").should().beFreeOfCycles();
}
