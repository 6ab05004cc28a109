package no.helhet.chronology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import no.helhet.family.FamilyDetails;
import no.helhet.note.CaseNotes;
import no.helhet.support.Fixtures;
import no.helhet.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
class ChronologyControllerTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    CaseNotes notes;

    @Autowired
    UserDetailsService users;

    @Autowired
    org.springframework.context.MessageSource messages;

    @Test
    void theTimelineShowsEveryStepInOrderAndFilters() {
        FamilyDetails family = fixtures.aFamily("Tidslinjesen", 10);
        UUID decision = fixtures.aGrantedDecision(family);
        var ke = users.loadUserByUsername("ke");
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(ke, null, ke.getAuthorities()));
        try {
            notes.writeNote(family.id(), null, notes.today(), "Første samtale.", null);
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(decision).isNotNull();

        assertThat(mvc.get().uri("/families/" + family.id() + "/chronology").with(fixtures.as("ke")))
                .hasStatusOk()
                .bodyText()
                .contains("Ønske mottatt")
                .contains("Vurdering startet")
                .contains("Innvilget: barnekoordinator")
                .contains("Journalnotat")
                .contains("Avgjørelse om koordinator");
        for (EventKind kind : EventKind.values()) {
            assertThat(messages.getMessage(
                            "chronology.kind." + kind, null, null, java.util.Locale.forLanguageTag("nb")))
                    .as("label of " + kind)
                    .isNotNull();
        }
        assertThat(mvc.get()
                        .uri("/families/" + family.id() + "/chronology?kind=NOTE")
                        .with(fixtures.as("ke")))
                .hasStatusOk()
                .bodyText()
                .contains("Journalnotat")
                .doesNotContain("Ønske mottatt:");
        assertThat(mvc.get()
                        .uri("/families/" + family.id() + "/chronology?kind=NONSENSE&childId=not-a-uuid")
                        .with(fixtures.as("ke")))
                .hasStatusOk();
        assertThat(mvc.get().uri("/families/" + family.id() + "/chronology").with(fixtures.as("koord2")))
                .hasStatus(HttpStatus.NOT_FOUND);
    }
}
