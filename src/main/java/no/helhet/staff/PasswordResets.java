package no.helhet.staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password resets by a one-time link: the administrator sends it to the account's e-mail address; the
 * token in the link is random (256 bits) and only its SHA-256 is stored; it works once, until it
 * expires ({@code helhet.password-reset.valid-for}, 24 hours), and only for an active account. A new
 * link replaces the account's earlier ones.
 */
@Service
class PasswordResets {

    private static final Logger log = LoggerFactory.getLogger(PasswordResets.class);

    private final JdbcClient jdbc;
    private final StaffMemberRepository staff;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final JavaMailSender mail;
    private final MessageSource messages;
    private final StaffLanguages languages;
    private final ResetSettings settings;
    private final SecureRandom random = new SecureRandom();

    PasswordResets(
            JdbcClient jdbc,
            StaffMemberRepository staff,
            PasswordEncoder passwordEncoder,
            Clock clock,
            JavaMailSender mail,
            MessageSource messages,
            StaffLanguages languages,
            ResetSettings settings) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.mail = mail;
        this.messages = messages;
        this.languages = languages;
        this.settings = settings;
    }

    /** Where the link points and how long it works. */
    @Service
    static class ResetSettings {
        final String baseUrl;
        final String from;
        final Duration validFor;

        ResetSettings(
                @Value("${helhet.base-url}") String baseUrl,
                @Value("${helhet.mail.from}") String from,
                @Value("${helhet.password-reset.valid-for:PT24H}") Duration validFor) {
            this.baseUrl = baseUrl;
            this.from = from;
            this.validFor = validFor;
        }
    }

    /** Stores a new link for the member and e-mails it; false when the mail server refused it. */
    @Transactional
    boolean send(StaffMember member, Locale adminLocale) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        jdbc.sql("update password_reset set used_at = :now where staff_member_id = :staff and used_at is null")
                .param("now", java.sql.Timestamp.from(now))
                .param("staff", member.id())
                .update();
        jdbc.sql("insert into password_reset (id, staff_member_id, token_hash, expires_at, created_at, created_by)"
                        + " values (:id, :staff, :hash, :expires, :now, :by)")
                .param("id", UUID.randomUUID())
                .param("staff", member.id())
                .param("hash", hash(token))
                .param("expires", java.sql.Timestamp.from(now.plus(settings.validFor)))
                .param("now", java.sql.Timestamp.from(now))
                .param("by", currentUsername())
                .update();
        Locale locale = languages.of(List.of(member.id())).getOrDefault(member.id(), StaffLanguages.BOKMAAL);
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.from);
        message.setTo(member.email());
        message.setSubject(messages.getMessage("passwordReset.mail.subject", null, locale));
        message.setText(messages.getMessage(
                "passwordReset.mail.text",
                new Object[] {
                    member.fullName(), settings.baseUrl + "/password-reset/" + token, settings.validFor.toHours()
                },
                locale));
        try {
            mail.send(message);
            return true;
        } catch (MailException e) {
            log.warn("A password reset link could not be sent: {}", e.getClass().getSimpleName());
            return false;
        }
    }

    /** The account a link still works for: not used, not expired, the account active. */
    @Transactional(readOnly = true)
    Optional<UUID> accountOf(String token) {
        return jdbc.sql("select r.staff_member_id from password_reset r join staff_member s on s.id = r.staff_member_id"
                        + " where r.token_hash = :hash and r.used_at is null and r.expires_at > :now and s.active")
                .param("hash", hash(token))
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .query(UUID.class)
                .optional();
    }

    /** Sets the new password and spends the link; false when the link no longer works. */
    @Transactional
    boolean resetPassword(String token, String newPassword) {
        Optional<UUID> account = jdbc.sql("update password_reset r set used_at = :now from staff_member s"
                        + " where s.id = r.staff_member_id and r.token_hash = :hash and r.used_at is null"
                        + " and r.expires_at > :now and s.active returning r.staff_member_id")
                .param("hash", hash(token))
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .query(UUID.class)
                .optional();
        if (account.isEmpty()) {
            return false;
        }
        StaffMember m = staff.findById(account.get()).orElseThrow();
        staff.save(new StaffMember(
                m.id(),
                m.username(),
                passwordEncoder.encode(newPassword),
                m.fullName(),
                m.role(),
                m.unitId(),
                m.email(),
                m.phone(),
                m.trainingStatus(),
                m.active(),
                m.version(),
                m.createdAt(),
                m.createdBy(),
                m.modifiedAt(),
                m.modifiedBy()));
        return true;
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String currentUsername() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
