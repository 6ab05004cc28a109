package no.helhet.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Form login against the local accounts, throttled: after too many recent failures for a username
 * or from a client address, attempts are refused without checking the password until the window
 * has passed (so an attacker can never lock an account for longer than that). Every attempt is
 * logged. A database that cannot be reached is an {@link InternalAuthenticationServiceException},
 * never a wrong password.
 */
@Component
class ThrottledLoginProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginAttempts attempts;
    private final LoginProperties limits;
    private final Clock clock;

    ThrottledLoginProvider(
            StaffUserDetailsService users,
            PasswordEncoder passwordEncoder,
            LoginAttempts attempts,
            LoginProperties limits,
            Clock clock) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(passwordEncoder);
        this.attempts = attempts;
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication login) {
        String username = LoginAttempts.asTyped(login.getName());
        String client = clientAddress(login);
        Instant now = clock.instant();
        try {
            Optional<Instant> refusedUntil = refusedUntil(username, client, now);
            if (refusedUntil.isPresent()) {
                attempts.record(now, username, client, LoginOutcome.REFUSED);
                throw new LoginThrottledException(wholeMinutes(Duration.between(now, refusedUntil.get())));
            }
            Authentication result = checkPassword(login, username, client, now);
            attempts.record(now, username, client, LoginOutcome.SUCCESS);
            return result;
        } catch (DataAccessException e) {
            throw new InternalAuthenticationServiceException("the database cannot be reached", e);
        }
    }

    private Authentication checkPassword(Authentication login, String username, String client, Instant now) {
        try {
            return passwords.authenticate(login);
        } catch (BadCredentialsException | AccountStatusException e) {
            attempts.record(now, username, client, LoginOutcome.FAILURE);
            throw e;
        }
    }

    private Optional<Instant> refusedUntil(String username, String client, Instant now) {
        Instant since = now.minus(limits.window());
        return Stream.of(
                        attempts.accountFailureReaching(username, since, limits.maxFailuresPerAccount()),
                        attempts.clientFailureReaching(client, since, limits.maxFailuresPerClient()))
                .flatMap(Optional::stream)
                .map(failure -> failure.plus(limits.window()))
                .max(Instant::compareTo);
    }

    private static long wholeMinutes(Duration left) {
        return Math.max(1, (left.toSeconds() + 59) / 60);
    }

    private static String clientAddress(Authentication login) {
        String address =
                login.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        return address.length() > LoginAttempts.MAX_CLIENT ? address.substring(0, LoginAttempts.MAX_CLIENT) : address;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
