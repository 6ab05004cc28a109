package no.helhet.meeting;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends the meeting notice by e-mail with an iCalendar (RFC 5545) invitation attached. The notice
 * names no child and no diagnosis: the e-mail travels outside the system.
 */
@Component
class MeetingNotice {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(MeetingNotice.class);

    private final JavaMailSender mail;
    private final String from;

    MeetingNotice(JavaMailSender mail, @Value("${helhet.mail.from}") String from) {
        this.mail = mail;
        this.from = from;
    }

    /** Sends the notice to every participant with an address; false when the mail server refused any. */
    boolean send(Meeting meeting, String subject, String body, Instant now) {
        boolean all = true;
        for (Participant p : meeting.participants()) {
            if (p.email() == null || p.email().isBlank()) {
                continue;
            }
            try {
                MimeMessage message = mail.createMimeMessage();
                MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
                helper.setFrom(from);
                helper.setTo(p.email());
                helper.setSubject(subject);
                helper.setText(body);
                helper.addAttachment(
                        "invitation.ics",
                        () -> new java.io.ByteArrayInputStream(
                                ics(meeting, subject, now).getBytes(StandardCharsets.UTF_8)),
                        "text/calendar; charset=UTF-8; method=REQUEST");
                mail.send(message);
            } catch (MessagingException | MailException e) {
                log.warn(
                        "A meeting notice could not be sent for meeting {}: {}",
                        meeting.id(),
                        e.getClass().getSimpleName());
                all = false;
            }
        }
        return all;
    }

    /** The invitation as iCalendar text (CRLF line ends, escaped text). */
    static String ics(Meeting meeting, String summary, Instant now) {
        String location = meeting.videoLink() != null && !meeting.videoLink().isBlank()
                ? meeting.videoLink()
                : meeting.place() == null ? "" : meeting.place();
        return String.join(
                        "\r\n",
                        "BEGIN:VCALENDAR",
                        "VERSION:2.0",
                        "PRODID:-//Helhet//Meeting//NO",
                        "METHOD:REQUEST",
                        "BEGIN:VEVENT",
                        "UID:" + meeting.id() + "@helhet",
                        "DTSTAMP:" + UTC.format(now),
                        "DTSTART:" + UTC.format(meeting.startsAt()),
                        "DTEND:" + UTC.format(meeting.startsAt().plusSeconds(60L * meeting.durationMinutes())),
                        "SUMMARY:" + escape(summary),
                        "LOCATION:" + escape(location),
                        "END:VEVENT",
                        "END:VCALENDAR")
                + "\r\n";
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\n", "\\n");
    }
}
