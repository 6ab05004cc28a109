package no.helhet.demo;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import no.helhet.outreach.InformationChannel;
import no.helhet.outreach.Outreach;
import no.helhet.outreach.TrainingKind;
import no.helhet.outreach.TrainingRegister;
import no.helhet.request.WebRequests;
import no.helhet.request.WebRequests.NewWebRequest;
import no.helhet.staff.StaffSummary;
import org.springframework.stereotype.Component;

/**
 * The demo's outreach and training: training and guidance every two months over the last 24 months
 * (one coordinator left untrained, so the list and the task show), some families informed, and two
 * requests from the public form waiting on the worklist.
 */
@Component
class DemoOutreach {

    private static final String[] TOPICS = {
        "Grunnkurs for barnekoordinatorer",
        "Individuell plan i praksis",
        "Samtykke og taushetsplikt",
        "Samarbeid med skole og barnehage",
        "Å lytte til barnet",
        "Overgangen til voksen"
    };

    private final TrainingRegister training;
    private final Outreach outreach;
    private final WebRequests webRequests;

    DemoOutreach(TrainingRegister training, Outreach outreach, WebRequests webRequests) {
        this.training = training;
        this.outreach = outreach;
        this.webRequests = webRequests;
    }

    void generate(Random random, List<StaffSummary> coordinators, LocalDate today) {
        List<StaffSummary> trained =
                coordinators.size() > 1 ? coordinators.subList(0, coordinators.size() - 1) : coordinators;
        for (int i = 0; i < 12; i++) {
            LocalDate heldOn = today.minusMonths(24).plusMonths(2L * i).plusDays(random.nextInt(20));
            Set<UUID> participants = new LinkedHashSet<>();
            for (StaffSummary c : trained) {
                if (random.nextInt(3) > 0) {
                    participants.add(c.id());
                }
            }
            if (participants.isEmpty() && !trained.isEmpty()) {
                participants.add(trained.get(0).id());
            }
            if (!participants.isEmpty()) {
                training.record(
                        heldOn,
                        i % 3 == 2 ? TrainingKind.GUIDANCE : TrainingKind.TRAINING,
                        TOPICS[i % TOPICS.length],
                        participants);
            }
        }
        webRequests.receive(new NewWebRequest("Demo Nettskjemasen", "912 34 567", null, "Etter kl. 15"));
        webRequests.receive(new NewWebRequest("Demo Ringmegopp", "+47 400 00 000", "demo@example.org", null));
    }

    /** Every other family on the outreach list was informed at some point in the last 24 months. */
    void informSome(UUID familyId, int n, Random random, LocalDate today) {
        if (n % 32 == 0) {
            outreach.markInformed(
                    familyId,
                    today.minusDays(random.nextInt(700)),
                    InformationChannel.values()[random.nextInt(InformationChannel.values().length)]);
        }
    }
}
