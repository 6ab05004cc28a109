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

    @Test
    void eachEventShowsWhenItHappenedWhenAndByWhomItWasRegisteredAndLinksToItsPage() throws Exception {
        FamilyDetails family = fixtures.aFamily("Rekkefølgesen", 9);
        var ke = users.loadUserByUsername("ke");
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(ke, null, ke.getAuthorities()));
        UUID request;
        UUID note;
        try {
            // registered first, but received a month before the note's event: happened-order differs
            note = notes.writeNote(family.id(), null, notes.today(), "Samtale med mor.", null);
            request = fixtures.aRequest(family, notes.today().minusDays(30));
        } finally {
            SecurityContextHolder.clearContext();
        }
        String requestLink = "href=\"/requests/" + request + "\"";
        String noteLink = "href=\"/families/" + family.id() + "#note-" + note + "\"";
        String receivedOn =
                notes.today().minusDays(30).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));

        String newestFirst = mvc.get()
                .uri("/families/" + family.id() + "/chronology")
                .with(fixtures.as("ke"))
                .exchange()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(newestFirst)
                .contains(requestLink)
                .contains(noteLink)
                .contains(receivedOn)
                .contains("av Kari Nordmann")
                .doesNotContain("av ke<")
                .doesNotContain("av ke\n");
        assertThat(newestFirst.indexOf(noteLink))
                .as("newest first by default: the note (today) before the request (30 days ago)")
                .isLessThan(newestFirst.indexOf(requestLink));

        String oldestFirst = mvc.get()
                .uri("/families/" + family.id() + "/chronology?order=oldest")
                .with(fixtures.as("ke"))
                .exchange()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(oldestFirst.indexOf(requestLink))
                .as("oldest first: the request received 30 days ago before today's note")
                .isGreaterThan(-1)
                .isLessThan(oldestFirst.indexOf(noteLink));
        assertThat(oldestFirst).contains("<option value=\"oldest\" selected=\"selected\"");
    }
}
