package no.helhet.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.helhet.appointment.AppointmentChangeService;
import no.helhet.appointment.AppointmentConsent;
import no.helhet.appointment.AppointmentConsentGiver;
import no.helhet.appointment.AppointmentService;
import no.helhet.appointment.AppointmentService.AppointmentDraft;
import no.helhet.appointment.AppointmentView;
import no.helhet.appointment.Delegation;
import no.helhet.appointment.EndReason;
import no.helhet.appointment.FamilyWish;
import no.helhet.appointment.WishedPerson;
import no.helhet.complaint.ComplainantKind;
import no.helhet.complaint.ComplaintKind;
import no.helhet.complaint.ComplaintService;
import no.helhet.complaint.ComplaintService.NewComplaint;
import no.helhet.complaint.ComplaintSubject;
import no.helhet.complaint.Concern;
import no.helhet.complaint.GovernorOutcome;
import no.helhet.document.DispatchChannel;
import no.helhet.document.LetterDispatches;
import no.helhet.family.FamilyService;
import no.helhet.shared.ChildVoice;
import no.helhet.staff.StaffSummary;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What follows a decision in the demo, through the real services and each on its day: three
 * complaints about refusals (one in time awaiting reconsideration, one late with the reason it is
 * taken up, one upheld, forwarded and upheld by Statsforvalteren), a change of coordinator, and an
 * end of the right because the need ended. Done as the caseworker {@code ke}.
 */
@Component
class DemoCases {

    private final ComplaintService complaints;
    private final LetterDispatches dispatches;
    private final AppointmentService appointments;
    private final AppointmentChangeService changes;
    private final FamilyService families;
    private final UserDetailsService users;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoCases(
            ComplaintService complaints,
            LetterDispatches dispatches,
            AppointmentService appointments,
            AppointmentChangeService changes,
            FamilyService families,
            UserDetailsService users,
            TransactionTemplate transactions,
            Clock clock) {
        this.complaints = complaints;
        this.dispatches = dispatches;
        this.appointments = appointments;
        this.changes = changes;
        this.families = families;
        this.users = users;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * @param refused three families with a refusal decided 30, 110 and 140 days ago
     * @param appointed two families with a coordinator
     */
    void generate(List<UUID> refused, List<UUID> appointed, List<StaffSummary> coordinators, LocalDate today) {
        var ke = users.loadUserByUsername("ke");
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(ke, null, ke.getAuthorities()));
        try {
            inTime(refused.get(0), today);
            late(refused.get(1), today);
            upheld(refused.get(2), today);
            changed(appointed.get(0), coordinators, today);
            ended(appointed.get(1), today);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Posted on the day of the decision; the complaint five days ago, inside the four weeks. */
    private void inTime(UUID familyId, LocalDate today) {
        sent(familyId, DispatchChannel.POST);
        register(
                familyId,
                ComplaintKind.REFUSAL,
                today.minusDays(5),
                "Vi mener at tjenestene til sønnen vår er langvarige og koordinerte, og ber om at saken vurderes på nytt.",
                false,
                null);
    }

    /** Posted 110 days ago; the complaint came two months ago, after the deadline, and is taken up. */
    private void late(UUID familyId, LocalDate today) {
        sent(familyId, DispatchChannel.POST);
        register(
                familyId,
                ComplaintKind.REFUSAL,
                today.minusDays(60),
                "Vi fikk ikke med oss brevet før nå. Datteren vår trenger en fast person å forholde seg til.",
                true,
                "Familien var på sykehus med barnet i flere uker og fikk ikke lest brevet i tide.");
    }

    /** Sent to the digital mailbox 140 days ago, complained about in time, upheld and forwarded. */
    private void upheld(UUID familyId, LocalDate today) {
        sent(familyId, DispatchChannel.DIGITAL_MAILBOX);
        UUID id = register(
                familyId,
                ComplaintKind.REFUSAL,
                today.minusDays(125),
                "Vi er uenige i at vilkårene ikke er oppfylt.",
                true,
                null);
        at(
                today.minusDays(120),
                () -> complaints.uphold(
                        id,
                        complaints.version(id),
                        "Ny vurdering gir samme resultat: tjenestene er ikke langvarige.",
                        Set.of()));
        at(today.minusDays(119), () -> complaints.recordForwarded(id, complaints.version(id), today.minusDays(119)));
        at(
                today.minusDays(3),
                () -> complaints.recordGovernorOutcome(
                        id, complaints.version(id), GovernorOutcome.UPHELD, today.minusDays(3)));
    }

    /** A new coordinator from another unit, 20 days ago. */
    private void changed(UUID familyId, List<StaffSummary> coordinators, LocalDate today) {
        AppointmentView a = appointments.forFamily(familyId).get(0);
        StaffSummary next = coordinators.stream()
                .filter(c -> !c.id().equals(a.coordinatorId()))
                .findFirst()
                .orElseThrow();
        LocalDate on = today.minusDays(20);
        at(
                on,
                () -> changes.changeCoordinator(
                        a.id(),
                        a.version(),
                        a.kind(),
                        "Familien ønsker en koordinator som kjenner barnehagen, der barnet nå er mest.",
                        new AppointmentDraft(
                                next.id(),
                                FamilyWish.PERSON,
                                new WishedPerson(next.fullName(), null, next.unitName(), next.phone(), next.id()),
                                null,
                                new ChildVoice(
                                        "Vil ha en som kommer på besøk i barnehagen.",
                                        "Samtale med barnet",
                                        null,
                                        "Ønsket er fulgt."),
                                null,
                                new AppointmentConsent(AppointmentConsentGiver.GUARDIANS, on.minusDays(1)),
                                new Delegation(
                                        "Kommunedirektøren (delegeringsreglementet)",
                                        on.minusDays(1),
                                        null,
                                        "Enhetsleder"),
                                java.math.BigDecimal.valueOf(4))));
    }

    /** The need ended ten days ago: the end letter, posted the same day. */
    private void ended(UUID familyId, LocalDate today) {
        AppointmentView a = appointments.forFamily(familyId).get(0);
        LocalDate on = today.minusDays(10);
        at(on, () -> changes.endRight(a.id(), a.version(), EndReason.NEED_ENDED, null));
        AppointmentView ended = changes.getAppointment(a.id());
        if (ended.endLetterDocumentId() != null) {
            at(on, () -> dispatches.recordDispatch(ended.endLetterDocumentId(), on, DispatchChannel.POST));
        }
    }

    /** Records the family's decision letter as sent on the day of the decision. */
    private void sent(UUID familyId, DispatchChannel channel) {
        Concern decision = decision(familyId);
        at(decision.on(), () -> dispatches.recordDispatch(decision.letterDocumentId(), decision.on(), channel));
    }

    private UUID register(
            UUID familyId,
            ComplaintKind kind,
            LocalDate receivedOn,
            String text,
            boolean helpedByKe,
            String lateReason) {
        Concern decision = decision(familyId);
        UUID guardian = families.getFamily(familyId).guardians().get(0).id();
        UUID[] id = new UUID[1];
        at(
                receivedOn,
                () -> id[0] = complaints.register(
                        familyId,
                        new NewComplaint(
                                kind,
                                receivedOn,
                                ComplainantKind.GUARDIAN,
                                guardian,
                                null,
                                null,
                                decision,
                                text,
                                null,
                                null,
                                helpedByKe,
                                lateReason)));
        return id[0];
    }

    private Concern decision(UUID familyId) {
        return transactions.execute(s -> complaints.concerns(familyId).stream()
                .filter(c -> c.subject() == ComplaintSubject.DECISION)
                .findFirst()
                .orElseThrow());
    }

    /** The work on its day, in a transaction of its own (the demo clock shows the day on this thread). */
    private void at(LocalDate day, Runnable work) {
        Runnable inTransaction = () -> transactions.executeWithoutResult(s -> work.run());
        if (clock instanceof DemoClock demo) {
            demo.on(day, inTransaction);
        } else {
            inTransaction.run();
        }
    }
}
