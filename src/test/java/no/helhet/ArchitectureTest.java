package no.helhet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Arrays;
import java.util.List;
import no.helhet.audit.CaseWorkAccess;
import no.helhet.audit.FamilyAccess;
import no.helhet.audit.OwnWorkAccess;
import no.helhet.shared.NoFamilyData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** Naming, visibility and the rule that every handler declares its access rule. */
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

    /**
     * Every handler declares who may use it, so that a new page of family data cannot forget its
     * access check: exactly one of the rules the access policy enforces before the handler runs.
     */
    @Test
    void everyHandlerDeclaresExactlyOneAccessRule() {
        methods()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(Controller.class)
                .and()
                .areMetaAnnotatedWith(RequestMapping.class)
                .should(declareExactlyOneOf(
                        FamilyAccess.class, CaseWorkAccess.class, OwnWorkAccess.class, NoFamilyData.class))
                .check(classes);
    }

    private static ArchCondition<JavaMethod> declareExactlyOneOf(Class<?>... rules) {
        List<String> names = Arrays.stream(rules).map(Class::getSimpleName).toList();
        return new ArchCondition<>("declare exactly one access rule of " + names) {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                long declared = Arrays.stream(rules)
                        .filter(r -> method.isAnnotatedWith(r.getName()))
                        .count();
                if (declared != 1) {
                    events.add(SimpleConditionEvent.violated(
                            method, method.getFullName() + " declares " + declared + " access rules of " + names));
                }
            }
        };
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
