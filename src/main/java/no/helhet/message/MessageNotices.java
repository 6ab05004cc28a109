package no.helhet.message;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.helhet.family.FamilyDetails;
import no.helhet.family.GuardianSummary;
import no.helhet.shared.MunicipalityProperties;
import no.helhet.staff.StaffLanguages;
import no.helhet.staff.StaffSummary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The e-mail that tells the recipient there is a message in Helhet: no content, no name of the
 * child or of anyone else, only a link to log in (ADR 0016). Sent once the message is stored (after
 * the transaction commits); a mail server that refuses is logged, the message stays.
 */
@Component
class MessageNotices {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(MessageNotices.class);

    private final JavaMailSender mail;
    private final MessageSource messages;
    private final StaffLanguages languages;
    private final MunicipalityProperties municipality;
    private final String from;
    private final String baseUrl;

    MessageNotices(
            JavaMailSender mail,
            MessageSource messages,
            StaffLanguages languages,
            MunicipalityProperties municipality,
            @Value("${helhet.mail.from}") String from,
            @Value("${helhet.base-url}") String baseUrl) {
        this.mail = mail;
        this.messages = messages;
        this.languages = languages;
        this.municipality = municipality;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    /**
     * Tells the staff who got the family's message: each recipient at their own address, in their
     * language; and the coordinating unit's shared address when no coordinator is appointed.
     */
    void toStaff(UUID familyId, List<StaffSummary> recipients, boolean toCoordinatingUnit) {
        Map<UUID, Locale> locales =
                languages.of(recipients.stream().map(StaffSummary::id).toList());
        String link = baseUrl + "/families/" + familyId + "/messages";
        List<SimpleMailMessage> mails = new ArrayList<>();
        for (StaffSummary s : recipients) {
            if (s.email() != null && !s.email().isBlank()) {
                mails.add(mail(
                        s.email(), locales.getOrDefault(s.id(), StaffLanguages.BOKMAAL), "message.mail.staff", link));
            }
        }
        if (toCoordinatingUnit
                && municipality.coordinatingUnitEmail() != null
                && !municipality.coordinatingUnitEmail().isBlank()) {
            mails.add(mail(municipality.coordinatingUnitEmail(), StaffLanguages.BOKMAAL, "message.mail.staff", link));
        }
        sendAfterCommit(mails);
    }

    /**
     * Tells the family there is a message from the coordinator or the coordinating unit: the
     * guardians with parental responsibility at their addresses (else the family's address), in the
     * family's written standard. A youth's thread sends no e-mail (Helhet holds no address of a
     * youth, and the guardians' address would tell them of it); the youth sees it in the portal.
     */
    void toFamily(FamilyDetails family, boolean youthThread) {
        if (youthThread) {
            return;
        }
        Set<String> addresses = new LinkedHashSet<>();
        family.responsibleGuardians().stream()
                .map(GuardianSummary::email)
                .filter(e -> e != null && !e.isBlank())
                .forEach(addresses::add);
        if (addresses.isEmpty() && family.email() != null && !family.email().isBlank()) {
            addresses.add(family.email());
        }
        String tag = family.letterLanguage() != null ? family.letterLanguage() : municipality.letterLanguage();
        Locale locale = Locale.forLanguageTag("nn".equals(tag) ? "nn" : "nb");
        String link = baseUrl + "/family-portal/messages";
        sendAfterCommit(addresses.stream()
                .map(a -> mail(a, locale, "message.mail.family", link))
                .toList());
    }

    private SimpleMailMessage mail(String to, Locale locale, String key, String link) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(messages.getMessage("message.mail.subject", null, locale));
        message.setText(messages.getMessage(key, new Object[] {link, municipality.name()}, locale));
        return message;
    }

    private void sendAfterCommit(List<SimpleMailMessage> mails) {
        if (mails.isEmpty()) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send(mails);
                }
            });
        } else {
            send(mails);
        }
    }

    private void send(List<SimpleMailMessage> mails) {
        for (SimpleMailMessage m : mails) {
            try {
                mail.send(m);
            } catch (MailException e) {
                log.warn("A message notice could not be sent: {}", e.getClass().getSimpleName());
            }
        }
    }
}
