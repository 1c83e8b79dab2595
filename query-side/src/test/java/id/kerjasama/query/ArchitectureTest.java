package id.kerjasama.query;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The query side answers from events; it never reaches into the command side, neither itself nor through the web
 * support both sides share.
 */
@AnalyzeClasses(packages = {"id.kerjasama.query", "id.kerjasama.web"}, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule the_query_side_never_imports_the_command_side = noClasses()
            .that().resideInAnyPackage("id.kerjasama.query..", "id.kerjasama.web..")
            .should().dependOnClassesThat().resideInAPackage("id.kerjasama.command..");
}
