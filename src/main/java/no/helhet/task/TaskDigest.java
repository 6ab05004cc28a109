package no.helhet.task;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import no.helhet.staff.StaffDirectory;
import no.helhet.staff.StaffLanguages;
import no.helhet.staff.StaffSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily e-mail digest: each staff member with tasks due today or overdue gets one e-mail
 * listing them. The e-mail names no family: it says what and when, and links to "Mine oppgaver".
 * Subject, text and generated tasks' titles come from the message bundles, in the language the
 * reader last chose in Helhet.
 */
@Component
class TaskDigest {

    private static final Logger log = LoggerFactory.getLogger(TaskDigest.class);

    private final TaskRepository tasks;
    private final StaffDirectory staff;
    private final StaffLanguages languages;
    private final MessageSource messages;
    private final JavaMailSender mail;
    private final Clock clock;
    private final String from;
    private final String baseUrl;

    TaskDigest(
            TaskRepository tasks,
            StaffDirectory staff,
            StaffLanguages languages,
            MessageSource messages,
            JavaMailSender mail,
            Clock clock,
            @Value("${helhet.mail.from}") String from,
            @Value("${helhet.base-url}") String baseUrl) {
        this.tasks = tasks;
        this.staff = staff;
        this.languages = languages;
        this.messages = messages;
        this.mail = mail;
        this.clock = clock;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    /**
     * Once a day on one node (the lock in the database), so nobody gets the digest twice when Helhet
     * runs on several nodes.
     */
    @Scheduled(cron = "${helhet.tasks.digest-cron}", zone = "Europe/Oslo")
    @SchedulerLock(name = "task-digest", lockAtLeastFor = "PT5M")
    public void daily() {
        log.info("Sent {} task digests", send(LocalDate.now(clock)));
    }

    /** Sends the digests for a date; returns how many e-mails went out. */
    int send(LocalDate today) {
        Map<UUID, List<Task>> byOwner = tasks.findByDoneAtIsNullAndDueOnLessThanEqualOrderByDueOn(today).stream()
                .collect(Collectors.groupingBy(Task::ownerId));
        Map<UUID, StaffSummary> owners = staff.staffByIds(byOwner.keySet());
        Map<UUID, Locale> readerLocales = languages.of(byOwner.keySet());
        int sent = 0;
        for (Map.Entry<UUID, List<Task>> due : byOwner.entrySet()) {
            StaffSummary owner = owners.get(due.getKey());
            if (owner == null || !owner.active() || owner.email() == null) {
                continue;
            }
            if (send(owner.email(), due.getValue(), readerLocales.getOrDefault(owner.id(), StaffLanguages.BOKMAAL))) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(String to, List<Task> due, Locale locale) {
        StringBuilder body = new StringBuilder(messages.getMessage("task.digest.intro", null, locale)).append("\n\n");
        due.forEach(t -> body.append("- ")
                .append(titleOf(t, locale))
                .append(" (")
                .append(messages.getMessage(
                        "task.digest.due",
                        new Object[] {
                            DateTimeFormatter.ofPattern(messages.getMessage("format.date", null, locale), locale)
                                    .format(t.dueOn())
                        },
                        locale))
                .append(")\n"));
        body.append('\n')
                .append(messages.getMessage("task.digest.link", new Object[] {baseUrl + "/my-tasks"}, locale))
                .append('\n');
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(messages.getMessage("task.digest.subject", new Object[] {due.size()}, locale));
        message.setText(body.toString());
        try {
            mail.send(message);
            return true;
        } catch (MailException e) {
            log.warn("A task digest could not be sent: {}", e.getClass().getSimpleName());
            return false;
        }
    }

    private String titleOf(Task task, Locale locale) {
        return task.titleKey() == null ? task.title() : messages.getMessage(task.titleKey(), null, locale);
    }
}
