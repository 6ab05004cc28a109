package no.helhet.task;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily e-mail digest: each staff member with tasks due today or overdue gets one e-mail
 * listing them. The e-mail names no family: it says what and when, and links to "Mine oppgaver".
 */
@Component
class TaskDigest {

    private static final Logger log = LoggerFactory.getLogger(TaskDigest.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final JdbcClient jdbc;
    private final JavaMailSender mail;
    private final Clock clock;
    private final String from;
    private final String baseUrl;

    TaskDigest(
            JdbcClient jdbc,
            JavaMailSender mail,
            Clock clock,
            @Value("${helhet.mail.from}") String from,
            @Value("${helhet.base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.clock = clock;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    @Scheduled(cron = "${helhet.tasks.digest-cron}", zone = "Europe/Oslo")
    void daily() {
        log.info("Sent {} task digests", send(LocalDate.now(clock)));
    }

    /** Sends the digests for a date; returns how many e-mails went out. */
    int send(LocalDate today) {
        List<Due> due = jdbc.sql("""
                        select s.id as owner_id, s.email, t.title, t.due_on from task t
                        join staff_member s on s.id = t.owner_id
                        where t.done_at is null and t.due_on <= :today and s.active and s.email is not null
                        order by t.due_on
                        """)
                .param("today", java.sql.Date.valueOf(today))
                .query(Due.class)
                .list();
        Map<UUID, List<Due>> byOwner = due.stream().collect(Collectors.groupingBy(Due::ownerId));
        int sent = 0;
        for (List<Due> tasks : byOwner.values()) {
            StringBuilder body = new StringBuilder("Du har oppgaver som har forfalt eller forfaller i dag:\n\n");
            tasks.forEach(t -> body.append("- ")
                    .append(t.title())
                    .append(" (frist ")
                    .append(DATE.format(t.dueOn()))
                    .append(")\n"));
            body.append("\nSe dem i Helhet: ").append(baseUrl).append("/my-tasks\n");
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(tasks.get(0).email());
            message.setSubject("Helhet: " + tasks.size() + " oppgaver å følge opp");
            message.setText(body.toString());
            try {
                mail.send(message);
                sent++;
            } catch (MailException e) {
                log.warn("A task digest could not be sent: {}", e.getClass().getSimpleName());
            }
        }
        return sent;
    }

    record Due(UUID ownerId, String email, String title, LocalDate dueOn) {}
}
