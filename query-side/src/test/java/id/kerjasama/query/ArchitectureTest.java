package id.kerjasama.query;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The query side answers from events; it never reaches into the command side, neither itself nor through the web
 * support both sides share. Its features depend on one another in one direction only, so each can be read (and
 * changed) with what lies below it and nothing above; within a feature, its web layer (a {@code web} package)
 * depends on its model and stores, never the other way round.
 */
@AnalyzeClasses(packages = {"id.kerjasama.query", "id.kerjasama.web"}, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule the_query_side_never_imports_the_command_side = noClasses()
            .that().resideInAnyPackage("id.kerjasama.query..", "id.kerjasama.web..")
            .should().dependOnClassesThat().resideInAPackage("id.kerjasama.command..");

    @ArchTest
    static final ArchRule features_depend_on_one_another_without_cycles = slices()
            .matching("id.kerjasama.query.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule controllers_live_in_web_packages = classes()
            .that().areAnnotatedWith(RestController.class).or().areAnnotatedWith(Controller.class)
            .should().resideInAPackage("..web..");

    @ArchTest
    static final ArchRule models_and_stores_do_not_depend_on_the_web_layer = noClasses()
            .that().resideOutsideOfPackage("..web..")
            .should().dependOnClassesThat().resideInAPackage("id.kerjasama.query.*.web..");

    @ArchTest
    static final ArchRule the_web_layer_leaves_sql_to_the_stores = noClasses()
            .that().resideInAPackage("id.kerjasama.query.*.web..")
            .should().dependOnClassesThat().areAssignableTo(JdbcTemplate.class);
}
