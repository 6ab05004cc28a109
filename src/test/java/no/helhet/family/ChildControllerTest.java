package no.helhet.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.UUID;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Issue 7, item 1: an expected child is born; any child's details can be corrected. */
@IntegrationTest
class ChildControllerTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    FamilyFixtures familyFixtures;

    @Autowired
    FamilyService families;

    private FamilyDetails expectingFamily(String name) {
        return familyFixtures
                .aFamily()
                .named(name)
                .expecting(families.today().plusMonths(2), ExpectedKind.PREGNANCY)
                .build();
    }

    @Test
    void anExpectedChildIsLabelledByDateNeverNull() {
        FamilyDetails family = familyFixtures
                .aFamily()
                .named("Lid")
                .expecting(LocalDate.of(2027, 3, 1), ExpectedKind.PREGNANCY)
                .build();
        MvcTestResult page = mvc.get()
                .uri("/families/{id}/requests/new", family.id())
                .with(fixtures.as("ke"))
                .exchange();
        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains("Forventet barn (Lid, 01.03.2027)").doesNotContain("null");
    }

    @Test
    void anExpectedChildRegisteredAsBornKeepsItsRequestAndIsShownByName() {
        FamilyDetails family = expectingFamily("Moe");
        ChildSummary child = family.children().get(0);
        UUID requestId = fixtures.aRequest(family, families.today().minusDays(2));
        LocalDate born = families.today().minusDays(3);
        String nationalId = Fixtures.syntheticId(born);

        MvcTestResult form = mvc.get()
                .uri("/children/{id}/birth", child.id())
                .with(fixtures.as("ke"))
                .exchange();
        assertThat(form).hasStatusOk();
        assertThat(form).bodyText().contains("Registrer at barnet er født");

        MvcTestResult result = mvc.post()
                .uri("/children/{id}/birth", child.id())
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("version", "0")
                .param("nationalId", nationalId)
                .param("givenName", "Nora")
                .param("familyName", "Moe")
                .param("birthDate", born.toString())
                .exchange();
        assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/families/" + family.id());

        ChildSummary after = families.getChild(child.id());
        assertThat(after.expected()).isFalse();
        assertThat(after.birthDate()).isEqualTo(born);
        assertThat(after.displayName()).isEqualTo("Nora Moe");

        assertThat(mvc.get().uri("/families/{id}", family.id()).with(fixtures.as("ke")))
                .bodyText()
                .contains("Nora Moe")
                .doesNotContain("Registrer fødsel");
        assertThat(mvc.get().uri("/requests/{id}", requestId).with(fixtures.as("ke")))
                .bodyText()
                .contains("Nora Moe");
        assertThat(mvc.get().uri("/families/{id}/chronology", family.id()).with(fixtures.as("ke")))
                .bodyText()
                .contains("Barnet er født</a><span> (Nora Moe)")
                .contains("fødselsnummer, fornavn, fødselsdato");
    }

    @Test
    void aBirthDateThatTheNationalIdContradictsIsRefusedNextToTheFieldAndTheInputKept() {
        ChildSummary child = expectingFamily("Vik").children().get(0);
        String nationalId = Fixtures.syntheticId(families.today().minusDays(3));
        MvcTestResult result = mvc.post()
                .uri("/children/{id}/birth", child.id())
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("version", "0")
                .param("nationalId", nationalId)
                .param("givenName", "Iver")
                .param("familyName", "Vik")
                .param("birthDate", families.today().minusDays(20).toString())
                .exchange();
        assertThat(result).hasStatusOk();
        assertThat(result)
                .bodyText()
                .contains("Fødselsdatoen stemmer ikke med fødselsnummeret")
                .contains("Iver");
        assertThat(families.getChild(child.id()).expected()).isTrue();

        MvcTestResult nonsense = mvc.post()
                .uri("/children/{id}/birth", child.id())
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("version", "0")
                .param("nationalId", "123")
                .param("givenName", "Iver")
                .param("birthDate", "not-a-date")
                .exchange();
        assertThat(nonsense).hasStatusOk();
        assertThat(nonsense).bodyText().contains("Iver");
    }

    @Test
    void aCorrectionIsInTheChronologyAndAStaleFormShowsTheConflict() {
        FamilyDetails family = fixtures.aFamily("Berg", 6);
        ChildSummary child = family.children().get(0);
        MvcTestResult result = mvc.post()
                .uri("/children/{id}", child.id())
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("version", "0")
                .param("givenName", "Emilie")
                .param("familyName", "Berg")
                .param("birthDate", child.birthDate().toString())
                .exchange();
        assertThat(result).hasStatus(HttpStatus.FOUND);
        assertThat(families.getChild(child.id()).displayName()).isEqualTo("Emilie Berg");
        assertThat(mvc.get().uri("/families/{id}/chronology", family.id()).with(fixtures.as("ke")))
                .bodyText()
                .contains("Opplysninger om barnet rettet</a><span> (Emilie Berg)")
                .contains("fornavn");

        MvcTestResult stale = mvc.post()
                .uri("/children/{id}", child.id())
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("version", "0")
                .param("givenName", "Emma")
                .param("familyName", "Berg")
                .param("birthDate", child.birthDate().toString())
                .exchange();
        assertThat(stale).hasStatusOk();
        assertThat(stale).bodyText().contains("Noen andre har endret dette");
        assertThat(families.getChild(child.id()).displayName()).isEqualTo("Emilie Berg");
    }

    @Test
    void aCoordinatorWithoutTheFamilyCannotCorrectAChild() {
        ChildSummary child = fixtures.aFamily("Dal", 5).children().get(0);
        assertThat(mvc.get().uri("/children/{id}/edit", child.id()).with(fixtures.as("koord1")))
                .hasStatus(HttpStatus.NOT_FOUND);
    }
}
