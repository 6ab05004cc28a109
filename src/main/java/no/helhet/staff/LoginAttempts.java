package no.helhet.staff;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.helhet.shared.ListSort;
import no.helhet.shared.PageSlice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The login_attempt table: every attempt is written here, and the throttle counts recent failures
 * from it, so that all nodes on one database share the count. Never holds a password.
 */
@Repository
class LoginAttempts {

    static final int MAX_USERNAME = 100;
    static final int MAX_CLIENT = 64;

    private final JdbcClient jdbc;

    LoginAttempts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The username as typed, trimmed and cut to the column's length. */
    static String asTyped(String username) {
        String trimmed = username == null ? "" : username.strip();
        return trimmed.length() > MAX_USERNAME ? trimmed.substring(0, MAX_USERNAME) : trimmed;
    }

    void record(Instant at, String username, String client, LoginOutcome outcome) {
        jdbc.sql("""
                        insert into login_attempt (attempted_at, username, client_address, outcome)
                        values (:at, :username, :client, :outcome)
                        """)
                .param("at", Timestamp.from(at))
                .param("username", asTyped(username))
                .param("client", client.length() > MAX_CLIENT ? client.substring(0, MAX_CLIENT) : client)
                .param("outcome", outcome.name())
                .update();
    }

    /**
     * When failures for this username since {@code since} will have dropped below {@code limit}, if
     * they have reached it: the time of the limit-th newest failure.
     */
    Optional<Instant> accountFailureReaching(String username, Instant since, int limit) {
        return jdbc.sql("""
                        select attempted_at from login_attempt
                        where lower(username) = lower(:username) and outcome = 'FAILURE' and attempted_at > :since
                        order by attempted_at desc offset :skip limit 1
                        """)
                .param("username", asTyped(username))
                .param("since", Timestamp.from(since))
                .param("skip", limit - 1)
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant);
    }

    /** As {@link #accountFailureReaching}, for failures from one client address. */
    Optional<Instant> clientFailureReaching(String client, Instant since, int limit) {
        return jdbc.sql("""
                        select attempted_at from login_attempt
                        where client_address = :client and outcome = 'FAILURE' and attempted_at > :since
                        order by attempted_at desc offset :skip limit 1
                        """)
                .param("client", client)
                .param("since", Timestamp.from(since))
                .param("skip", limit - 1)
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant);
    }

    /** Failed and refused attempts, newest first. */
    /** Failed logins: newest first by default; by username, client address or outcome. */
    static final ListSort.Columns FAILURE_SORTS = ListSort.Columns.tieBrokenBy("id")
            .column("when", "attempted_at")
            .column("username", "username")
            .column("client", "client_address")
            .column("outcome", "outcome")
            .byDefault("when", ListSort.DESC);

    PageSlice<LoginAttempt> failures(int page, int size) {
        return failures(FAILURE_SORTS.defaultSort(), page, size);
    }

    PageSlice<LoginAttempt> failures(ListSort sort, int page, int size) {
        long total = jdbc.sql("select count(*) from login_attempt where outcome <> 'SUCCESS'")
                .query(Long.class)
                .single();
        List<LoginAttempt> rows = jdbc.sql("""
                        select id, attempted_at, username, client_address, outcome from login_attempt
                        where outcome <> 'SUCCESS'""" + sort.orderBy() + " limit :limit offset :offset")
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(LoginAttempt.class)
                .list();
        return new PageSlice<>(rows, page, size, total);
    }
}
