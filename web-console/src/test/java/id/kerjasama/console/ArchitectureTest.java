package id.kerjasama.console;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The console is a client of the two APIs over HTTP: it uses neither side's code, and no database. */
@AnalyzeClasses(packages = "id.kerjasama.console", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule usesNeitherSide = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("id.kerjasama.command..", "id.kerjasama.query..", "id.kerjasama.web..",
                    "id.kerjasama.archive..", "org.axonframework..")
            .because("the console knows the sides only by their HTTP APIs");

    @ArchTest
    static final ArchRule readsNoDatabase = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "javax.sql..", "org.springframework.jdbc..", "jakarta.persistence..")
            .because("the console never reads the database: what it shows is what the APIs answer");

    @ArchTest
    static final ArchRule holdsNoRule = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("id.kerjasama.actor..", "id.kerjasama.cooperation..")
            .because("who may send what, and when, is the APIs' to decide; the kernel gives the console only its labels");
}
