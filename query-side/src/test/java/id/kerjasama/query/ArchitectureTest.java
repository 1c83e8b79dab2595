package id.kerjasama.query;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The query side answers from events; it never reaches into the command side. Its features depend on one another
 * in one direction only, so each can be read (and changed) with what lies below it and nothing above.
 */
@AnalyzeClasses(packages = "id.kerjasama.query", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule the_query_side_never_imports_the_command_side = noClasses()
            .should().dependOnClassesThat().resideInAPackage("id.kerjasama.command..");

    @ArchTest
    static final ArchRule features_depend_on_one_another_without_cycles = slices()
            .matching("id.kerjasama.query.(*)..").should().beFreeOfCycles();
}
