package no.helhet.staff;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a database without any staff (a new installation without demo data), creates the first
 * administrator from {@code HELHET_ADMIN_USERNAME} / {@code HELHET_ADMIN_PASSWORD}, who then creates
 * the units and the other accounts. The password is never logged.
 */
@Component
@Order(0)
class InitialAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final StaffMemberRepository staff;
    private final StaffDirectory directory;
    private final String username;
    private final String password;

    InitialAdministrator(
            StaffMemberRepository staff,
            StaffDirectory directory,
            @Value("${helhet.admin.username}") String username,
            @Value("${helhet.admin.password:}") String password) {
        this.staff = staff;
        this.directory = directory;
        this.username = username;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (staff.count() > 0) {
            return;
        }
        if (password.isBlank()) {
            log.warn(
                    "No staff accounts exist. Set HELHET_ADMIN_PASSWORD (at least 12 characters) and restart"
                            + " to create the first administrator '{}'.",
                    username);
            return;
        }
        if (password.length() < 12) {
            log.warn("HELHET_ADMIN_PASSWORD is shorter than 12 characters; no administrator was created.");
            return;
        }
        var unit = directory.registerUnit("Systemadministrasjon", "ADMINISTRATION", false);
        directory.registerStaffMember(new StaffDirectory.NewStaffMember(
                username, password, "Administrator", StaffRole.ADMIN, unit, null, null, TrainingStatus.NOT_STARTED));
        log.info("Created the first administrator '{}'.", username);
    }
}
