package no.helhet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import no.helhet.audit.AccessPolicy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.stereotype.Controller;

/** Naming, visibility and the rule that every handler of family data goes through the access policy. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("no.helhet");

    @Test
    void noFieldInjection() {
        fields().should().notBeAnnotatedWith(Autowired.class).check(classes);
    }

    @Test
    void controllersArePackagePrivateAndNamedSo() {
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .should()
                .haveSimpleNameEndingWith("Controller")
                .andShould()
                .notHaveModifier(JavaModifier.PUBLIC)
                .check(classes);
    }

    @Test
    void controllersOfFamilyDataGoThroughTheAccessPolicy() {
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .and()
                // system and staff hold no family data; report shows aggregates only
                .resideOutsideOfPackages("no.helhet.system..", "no.helhet.staff..", "no.helhet.report..")
                .and()
                .doNotHaveSimpleName("ProviderController") // the provider register holds no family data
                .should()
                .dependOnClassesThat()
                .areAssignableTo(AccessPolicy.class)
                .check(classes);
    }

    @Test
    void noVagueNames() {
        noClasses()
                .should()
                .haveSimpleNameEndingWith("Impl")
                .orShould()
                .haveSimpleNameEndingWith("Manager")
                .orShould()
                .haveSimpleNameEndingWith("Helper")
                .orShould()
                .haveSimpleNameEndingWith("Util")
                .orShould()
                .haveSimpleNameEndingWith("Utils")
                .orShould()
                .haveSimpleNameEndingWith("Dto")
                .check(classes);
    }

    @Test
    void findersNeverReturnABareAggregate() {
        methods()
                .that()
                .haveNameStartingWith("find")
                .should()
                .notHaveRawReturnType(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "an aggregate (use Optional)", c -> c.isAnnotatedWith(Table.class)))
                .check(classes);
    }

    @Test
    void onlyTheSystemModuleConfiguresTheApplication() {
        classes()
                .that()
                .areAnnotatedWith(org.springframework.context.annotation.Configuration.class)
                .should()
                .resideInAPackage("no.helhet.system..")
                .check(classes);
    }
}
