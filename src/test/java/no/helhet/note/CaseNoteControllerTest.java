package no.helhet.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import no.helhet.family.FamilyDetails;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class CaseNoteControllerTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    CaseNotes notes;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNoteIsSignedAndACorrectionIsANewNoteThatLeavesTheOldOne() {
        FamilyDetails family = fixtures.aFamily("Notatsen", 7);
        assertThat(mvc.post()
                        .uri("/families/" + family.id() + "/notes")
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .param("notedOn", notes.today().toString())
                        .param("text", "Mor ringte om avlastning."))
                .hasStatus(HttpStatus.FOUND);
        CaseNote first = notes.forFamily(family.id()).get(0);
        assertThat(first.authorName()).isEqualTo("Kari Nordmann");
        assertThat(first.authorRole()).isEqualTo("KE_CASEWORKER");

        assertThat(mvc.get()
                        .uri("/families/" + family.id() + "/notes/new?corrects=" + first.id())
                        .with(fixtures.as("ke")))
                .hasStatusOk()
                .bodyText()
                .contains("Mor ringte om avlastning.");
        assertThat(mvc.post()
                        .uri("/families/" + family.id() + "/notes")
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .param("notedOn", notes.today().toString())
                        .param("corrects", first.id().toString())
                        .param("text", "Far ringte om avlastning."))
                .hasStatus(HttpStatus.FOUND);
        assertThat(notes.forFamily(family.id()))
                .extracting(CaseNote::text)
                .containsExactlyInAnyOrder("Mor ringte om avlastning.", "Far ringte om avlastning.");
        assertThat(mvc.get().uri("/families/" + family.id()).with(fixtures.as("ke")))
                .bodyText()
                .contains("Korrigert senere")
                .contains("Korrigerer et tidligere notat");
    }

    @Test
    void notesCannotBeChangedOrDeletedInTheDatabase() {
        FamilyDetails family = fixtures.aFamily("Låsnotatsen", 7);
        mvc.post()
                .uri("/families/" + family.id() + "/notes")
                .with(fixtures.as("ke"))
                .with(csrf())
                .param("notedOn", notes.today().toString())
                .param("text", "Første samtale.")
                .exchange();
        assertThatThrownBy(() -> jdbc.sql("update case_note set text = 'x' where family_id = :id")
                        .param("id", family.id())
                        .update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from case_note where family_id = :id")
                        .param("id", family.id())
                        .update())
                .hasMessageContaining("append-only");
    }

    @Test
    void anEmptyNoteIsRefusedAndACoordinatorWithoutAppointmentSeesNothing() {
        FamilyDetails family = fixtures.aFamily("Tomsen", 7);
        assertThat(mvc.post()
                        .uri("/families/" + family.id() + "/notes")
                        .with(fixtures.as("ke"))
                        .with(csrf())
                        .param("notedOn", notes.today().toString())
                        .param("text", " "))
                .hasStatusOk()
                .bodyText()
                .contains("Fyll ut feltet.");
        assertThat(mvc.get().uri("/families/" + family.id() + "/notes/new").with(fixtures.as("koord2")))
                .hasStatus(HttpStatus.NOT_FOUND);
    }
}
